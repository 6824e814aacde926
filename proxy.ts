import { NextResponse, type NextRequest } from "next/server";
import { baseSecurityHeaders, contentSecurityPolicy } from "@/lib/security/headers";
import { ownPolicyFor } from "@/lib/security/route-policies";
import { databaseUnavailable } from "@/lib/db/health";
import { serviceUnavailable } from "@/lib/http/service-unavailable";
import { oversizedFormSubmission } from "@/lib/http/form-submission-limit";

/**
 * Security headers and the per-request CSP nonce. This is not an access guard: authorisation happens in the data
 * access layer, because a proxy check alone has been bypassed before.
 */
export async function proxy(request: NextRequest) {
  const oversized = oversizedFormSubmission(request.method, request.headers);
  if (oversized) return oversized;
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
  // A header set here wins over the route's own, so the routes with a stricter policy get theirs from here too.
  response.headers.set("Content-Security-Policy", ownPolicyFor(request.nextUrl.pathname) ?? csp);
  const base = baseSecurityHeaders({
    https: appUrl.startsWith("https:"),
    production: process.env.NODE_ENV === "production",
  });
  for (const [name, value] of Object.entries(base)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static assets are immutable files; everything else (pages, APIs, images) gets the headers, except the badge
  // verification page (/badges/<uuid>), which sets its own, stricter ones (no scripts at all) and is the page
  // requested most: it is spared the proxy's work entirely.
  // The import API (/api/imports/...) is left out too, and sets its own headers. Next.js copies the body of every
  // request the proxy runs on into memory and passes on only the first `proxyClientMaxBodySize` bytes (10 MB by
  // default) without an error, so a larger upload reached the route cut short. Raising that limit to the imports'
  // 50 MB would hold up to 50 MB per request for every proxied path, and the route would still get the body only
  // after all of it had been buffered; outside the proxy, the route reads the stream itself with its own cap.
  matcher: [
    {
      source:
        "/((?!_next/static|_next/image|favicon.ico|api/imports/|badges/[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+$).*)",
    },
  ],
};
