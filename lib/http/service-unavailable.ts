import { html, SafeHtml } from "@/lib/html";
import { verificationCss, verificationCsp } from "@/lib/badges/documents/verification-style";
import { isConnectionError } from "@/lib/db/connection-errors";
import { databaseUnavailable, reportDatabaseError } from "@/lib/db/health";
import { baseSecurityHeaders } from "@/lib/security/headers";

/** A hint, not a promise: the health check lets requests through again the moment PostgreSQL answers. */
export const RETRY_AFTER_SECONDS = 30;

const MESSAGE =
  "certdash cannot reach its database for a moment. Nothing you have saved is lost. Please try again shortly.";

/**
 * The answer while the database is unreachable: 503 with Retry-After, as JSON under /api/ and as a small page
 * everywhere else. The page is a static document without scripts (no database, no React), styled and secured like
 * the badge verification page, so it can be answered from the proxy.
 */
export function serviceUnavailable(request: Request, opts = securityOptions()): Response {
  const headers = {
    ...baseSecurityHeaders(opts),
    "Retry-After": String(RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
  };
  const url = new URL(request.url);
  if (url.pathname.startsWith("/api/")) {
    return Response.json(
      { status: "unavailable", database: "unreachable", error: MESSAGE, retryAfterSeconds: RETRY_AFTER_SECONDS },
      { status: 503, headers },
    );
  }
  // A link back to the same address on this site (never "//host", which would leave it).
  const again = request.method === "GET" ? `/${(url.pathname + url.search).replace(/^\/+/, "")}` : "/";
  return new Response(unavailablePage(again), {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": verificationCsp },
  });
}

const securityOptions = () => ({
  https: (process.env.APP_URL ?? "").startsWith("https:"),
  production: process.env.NODE_ENV === "production",
});

/**
 * For route handlers the proxy does not see (the badge verification page): the same 503 while the database is
 * known to be down, and for the request that finds out.
 */
export function answeringOutages<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    if (await databaseUnavailable()) return serviceUnavailable(request);
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      reportDatabaseError(error);
      return serviceUnavailable(request);
    }
  };
}

function unavailablePage(again: string) {
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>We'll be right back · certdash</title>
<style>${new SafeHtml(verificationCss)}</style>
</head><body>
<header><div class="bar"><a class="logo" href="/"><span aria-hidden="true"></span>certdash</a></div></header>
<main id="main">
<div class="card" role="status"><h1>We'll be right back</h1>
<p class="muted">${MESSAGE}</p>
<p><a class="signin" href="${again}">Try again</a></p></div>
</main>
<footer>certdash · verifiable certifications and digital badges</footer>
</body></html>
`.value;
}
