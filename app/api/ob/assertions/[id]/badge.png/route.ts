import { bytes, notFoundJson, type IdParams } from "@/lib/badges/documents/http";
import { bakedBadge } from "@/lib/public/badges/documents";

/** The badge image with the OB 2.0 assertion (iTXt "openbadges") and the OB 3.0 credential baked in. */
export async function GET(_req: Request, { params }: IdParams) {
  const baked = await bakedBadge((await params).id, "png");
  return baked ? bytes(baked.bytes, baked.mimeType, { filename: baked.filename }) : notFoundJson();
}
