import { didWebDocument } from "@/lib/public/badges/documents";

export const dynamic = "force-dynamic";

/** did:web document of the issuer: the keys that sign OB 3.0 credentials. */
export async function GET() {
  return Response.json(await didWebDocument(), {
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=300",
      "Content-Type": "application/did+json",
    },
  });
}
