import { jwksDocument } from "@/lib/public/badges/documents";

export const dynamic = "force-dynamic";

/** The issuer's public keys (JWK Set) that verify OB 3.0 VC-JWTs. */
export async function GET() {
  return Response.json(await jwksDocument(), {
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=300",
      "Content-Type": "application/jwk-set+json",
    },
  });
}
