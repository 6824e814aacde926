import { jsonLd, notFoundJson, type IdParams } from "@/lib/badges/documents/http";
import { credentialDocument } from "@/lib/public/badges/documents";

/** The OB 3.0 OpenBadgeCredential as JSON (its signed form is at ./jwt). */
export async function GET(req: Request, { params }: IdParams) {
  const doc = await credentialDocument((await params).id);
  if (!doc) return notFoundJson();
  const res = jsonLd(doc.credential);
  if (new URL(req.url).searchParams.has("download"))
    res.headers.set("Content-Disposition", 'attachment; filename="credential.json"');
  return res;
}
