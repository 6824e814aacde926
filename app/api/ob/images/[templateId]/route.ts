import { bytes, notFoundJson, type TemplateParams } from "@/lib/badges/documents/http";
import { templateImage } from "@/lib/public/badges/documents";
import { imageQuery } from "@/lib/validation/badges";

/** A badge design's image: ?size=300|600 (PNG) or ?format=svg. */
export async function GET(req: Request, { params }: TemplateParams) {
  const search = new URL(req.url).searchParams;
  const { size } = imageQuery.parse({ size: search.get("size") ?? undefined });
  const format = search.get("format") === "svg" ? "svg" : "png";
  const image = await templateImage((await params).templateId, format, size);
  return image ? bytes(image.bytes, image.mimeType, { cache: "short" }) : notFoundJson();
}
