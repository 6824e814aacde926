import { jsonLd, jwtResponse } from "@/lib/badges/documents/http";
import { statusListDocument } from "@/lib/public/badges/documents";

export const dynamic = "force-dynamic";

/** Bitstring status list for revocation: VC-JWT when asked for (Accept: application/vc+jwt or ?format=jwt), else JSON. */
export async function GET(req: Request) {
  const doc = await statusListDocument();
  const wantsJwt =
    new URL(req.url).searchParams.get("format") === "jwt" ||
    (req.headers.get("accept") ?? "").includes("application/vc+jwt");
  return wantsJwt ? jwtResponse(doc.jwt) : jsonLd(doc.credential);
}
