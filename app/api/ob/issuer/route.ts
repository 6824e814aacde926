import { jsonLd } from "@/lib/badges/http";
import { issuerDocument } from "@/lib/dal/badge-documents";

export const dynamic = "force-dynamic";

export function GET() {
  return jsonLd(issuerDocument(), { cache: "short" });
}
