import { jsonLd } from "@/lib/badges/documents/http";
import { issuerDocument } from "@/lib/public/badges/documents";

export const dynamic = "force-dynamic";

export function GET() {
  return jsonLd(issuerDocument(), { cache: "short" });
}
