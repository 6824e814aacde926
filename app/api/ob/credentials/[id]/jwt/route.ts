import { jwtResponse, notFoundJson, type IdParams } from "@/lib/badges/documents/http";
import { credentialDocument } from "@/lib/public/badges/documents";

/** The OB 3.0 credential as a VC-JWT signed with the issuer's Ed25519 key (see /api/ob/jwks, /.well-known/did.json). */
export async function GET(req: Request, { params }: IdParams) {
  const doc = await credentialDocument((await params).id);
  if (!doc) return notFoundJson();
  return jwtResponse(doc.jwt, new URL(req.url).searchParams.has("download") ? "credential.jwt" : undefined);
}
