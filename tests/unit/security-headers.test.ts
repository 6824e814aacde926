import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, contentSecurityPolicy } from "@/lib/security/headers";

describe("security headers", () => {
  it("allow scripts only with the request's nonce, and no framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
  });
  it("let the development server evaluate code and open its socket", () => {
    const csp = contentSecurityPolicy({ nonce: "n", dev: true });
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' ws:");
  });
  it("let forms post to the single sign-on provider when it is configured", () => {
    expect(
      contentSecurityPolicy({ nonce: "n", dev: false, formTargets: ["https://login.microsoftonline.com"] }),
    ).toContain("form-action 'self' https://login.microsoftonline.com");
  });
  it.each([
    [{ https: true, production: true }, true],
    [{ https: false, production: true }, false],
    [{ https: true, production: false }, false],
  ])("send HSTS only for production over HTTPS (%j)", (opts, hsts) => {
    const headers = baseSecurityHeaders(opts);
    expect("Strict-Transport-Security" in headers).toBe(hsts);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });
});
