import { jsonLd } from "@/lib/badges/documents/http";
import { revocationListDocument } from "@/lib/public/badges/documents";

export const dynamic = "force-dynamic";

/** OB 2.0 RevocationList named by the issuer profile. */
export async function GET() {
  return jsonLd(await revocationListDocument());
}
