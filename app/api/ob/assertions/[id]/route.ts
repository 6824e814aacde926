import { jsonLd, notFoundJson, type IdParams } from "@/lib/badges/documents/http";
import { assertionDocument } from "@/lib/public/badges/documents";

/** OB 2.0 hosted assertion. Revoked: 410 with {"revoked": true}, as hosted verification expects. */
export async function GET(_req: Request, { params }: IdParams) {
  const doc = await assertionDocument((await params).id);
  if (doc.status === 404) return notFoundJson();
  return jsonLd(doc.body, { status: doc.status });
}
