import { NextResponse, type NextRequest } from "next/server";
import { baseSecurityHeaders, contentSecurityPolicy } from "@/lib/security/headers";
import { databaseUnavailable } from "@/lib/db/health";
import { serviceUnavailable } from "@/lib/http/service-unavailable";

/**
 * Security headers and the per-request CSP nonce. This is not an access guard: authorisation happens in the data
 * access layer, because a proxy check alone has been bypassed before.
 */
export async function proxy(request: NextRequest) {
  // While PostgreSQL is unreachable every page would fail: a friendly 503 instead (free while it is reachable).
  if (await databaseUnavailable()) {
    return serviceUnavailable(request);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const appUrl = process.env.APP_URL ?? request.nextUrl.origin;
  const entraIssuer = process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER;
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV !== "production",
    formTargets: entraIssuer ? [new URL(entraIssuer).origin] : [],
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const base = baseSecurityHeaders({ https: appUrl.startsWith("https:"), production: process.env.NODE_ENV === "production" });
  for (const [name, value] of Object.entries(base)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static assets are immutable files; everything else (pages, APIs, images) gets the headers, except the badge
  // verification page (/badges/<uuid>), which sets its own, stricter ones (no scripts at all) and is the page
  // requested most: it is spared the proxy's work entirely.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|badges/[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+$).*)" }],
};
