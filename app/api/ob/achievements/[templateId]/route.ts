import { jsonLd, notFoundJson, type TemplateParams } from "@/lib/badges/documents/http";
import { achievementDocument } from "@/lib/public/badges/documents";

export async function GET(_req: Request, { params }: TemplateParams) {
  const doc = await achievementDocument((await params).templateId);
  return doc ? jsonLd(doc, { cache: "short" }) : notFoundJson();
}
