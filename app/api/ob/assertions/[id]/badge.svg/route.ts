import { bytes, notFoundJson, type IdParams } from "@/lib/badges/documents/http";
import { bakedBadge } from "@/lib/public/badges/documents";

/** The badge image as SVG with an <openbadges:assertion> element (and the OB 3.0 credential). */
export async function GET(_req: Request, { params }: IdParams) {
  const baked = await bakedBadge((await params).id, "svg");
  return baked ? bytes(baked.bytes, baked.mimeType, { filename: baked.filename }) : notFoundJson();
}
