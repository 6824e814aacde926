import "server-only";
import { env } from "@/lib/env";
import { baseSecurityHeaders } from "@/lib/security/headers";

/**
 * The import API is left out of proxy.ts (see its matcher: the proxy would cut uploads short), so its responses
 * carry the security headers themselves. It answers JSON only, so its policy allows nothing to load or frame it.
 */
export function withSecurityHeaders(response: Response): Response {
  const headers = {
    ...baseSecurityHeaders({
      https: env().APP_URL.startsWith("https:"),
      production: process.env.NODE_ENV === "production",
    }),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  };
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
