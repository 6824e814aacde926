import { getVerification } from "@/lib/public/badges/verification";
import { verificationPage } from "@/lib/badges/documents/verification-page";
import { verificationCsp } from "@/lib/badges/documents/verification-style";
import { baseSecurityHeaders } from "@/lib/security/headers";
import { env } from "@/lib/env";
import type { IdParams } from "@/lib/badges/documents/http";
import { answeringOutages } from "@/lib/http/service-unavailable";

/**
 * The public verification page. A route rather than a React page: it is the most requested page there is (every
 * shared badge link, every crawler), identical for every visitor, and a document without scripts, so it is
 * rendered from the cached badge snapshot with a policy that allows no script at all (proxy.ts leaves it alone, so
 * the route answers a database outage itself).
 */
export const GET = answeringOutages(async (_req: Request, { params }: IdParams) => {
  const { status, body } = verificationPage(await getVerification((await params).id));
  return new Response(body, {
    status,
    headers: {
      ...baseSecurityHeaders({
        https: env().APP_URL.startsWith("https:"),
        production: process.env.NODE_ENV === "production",
      }),
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": verificationCsp,
      // Revocation must show at once; browsers and shared caches ask again every time.
      "Cache-Control": "no-cache",
    },
  });
});
