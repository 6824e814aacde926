import { describe, expect, it } from "vitest";
import { authClient } from "../support/auth-client";
import { deliverMailTo, linksIn } from "../support/mail";
import { makeCandidate } from "../support/factories";

// This file runs as a deployment served over HTTPS would (the environment is read on first use, after this line).
process.env.APP_URL = "https://certs.example.org";

describe("session cookies over HTTPS", () => {
  it("are __Secure- prefixed, Secure, HttpOnly and SameSite=Lax", async () => {
    const candidate = await makeCandidate();
    const browser = authClient();
    await browser.requestMagicLink(candidate.email);
    const mail = await deliverMailTo(candidate.email);
    const link = linksIn(mail).find((l) => l.includes("/callback/"))!;
    expect(link.startsWith("https://certs.example.org/")).toBe(true);
    const res = await browser.get(link.replace("https://certs.example.org", "http://localhost:3000"));
    const session = res.headers.getSetCookie().find((c) => c.includes("session-token="));
    expect(session).toMatch(/^__Secure-authjs\.session-token=/);
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; SameSite=Lax/i);
  });
});
