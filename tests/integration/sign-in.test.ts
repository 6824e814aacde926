import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authClient } from "../support/auth-client";
import { deliverMailTo, linksIn, mailTo } from "../support/mail";
import { makeCandidate, uniqueEmail } from "../support/factories";

async function magicLink(email: string) {
  const browser = authClient();
  const res = await browser.requestMagicLink(email);
  expect(res.status).toBe(302);
  expect(res.headers.get("location")).toContain("/verify-request");
  const mail = await deliverMailTo(email);
  const link = linksIn(mail).find((l) => l.includes("/api/auth/callback/nodemailer"));
  expect(link, "the message carries a sign-in link").toBeTruthy();
  return { browser, mail, link: link! };
}

describe("signing in by magic link", () => {
  it("emails a link through the queue that signs the candidate in once", async () => {
    const candidate = await makeCandidate();
    const { browser, mail, link } = await magicLink(candidate.email);
    expect(mail.subject).toMatch(/Sign in/);
    expect(mail.html).toContain("Sign in");

    const first = await browser.get(link);
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe("http://localhost:3000/dashboard");
    const session = await browser.session();
    expect(session?.user).toMatchObject({ id: candidate.id, role: "CANDIDATE", email: candidate.email });

    // The same link a second time, from another browser, is refused.
    const replay = await authClient().get(link);
    expect(replay.headers.get("location")).toContain("error=Verification");

    const user = await db.user.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(user.lastSignInAt).not.toBeNull();
  });

  it("keeps no usable copy of the link once the message is delivered", async () => {
    const candidate = await makeCandidate();
    const { link } = await magicLink(candidate.email);
    const stored = await db.emailMessage.findFirstOrThrow({ where: { to: candidate.email, template: "sign-in" } });
    expect(stored.status).toBe("SENT");
    expect(stored.html).toBeNull();
    expect(stored.text).toBeNull();
    const token = new URL(link).searchParams.get("token")!;
    const raw = await db.verificationToken.findMany({ where: { identifier: candidate.email } });
    expect(raw.map((t) => t.token)).not.toContain(token); // Auth.js stores only a hash
  });

  it("refuses a link older than ten minutes", async () => {
    const candidate = await makeCandidate();
    const { link } = await magicLink(candidate.email);
    await db.verificationToken.updateMany({
      where: { identifier: candidate.email },
      data: { expires: new Date(Date.now() - 1000) },
    });
    const res = await authClient().get(link);
    expect(res.headers.get("location")).toContain("error=Verification");
  });

  it("issues links valid for at most ten minutes", async () => {
    const candidate = await makeCandidate();
    await magicLink(candidate.email);
    const token = await db.verificationToken.findFirstOrThrow({ where: { identifier: candidate.email } });
    expect(token.expires.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);
    expect(token.expires.getTime() - Date.now()).toBeGreaterThan(9 * 60 * 1000);
  });

  it("creates an account with a certification profile for a new visitor", async () => {
    const email = uniqueEmail("newcomer");
    const { browser, link } = await magicLink(email);
    await browser.get(link);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { profile: true } });
    expect(user.role).toBe("CANDIDATE");
    expect(user.profile?.mcid).toMatch(/^[1-9]\d{9}$/);
    expect(user.emailVerified).not.toBeNull();
  });

  it("signs a confirmed secondary address into the account that owns it", async () => {
    const owner = await makeCandidate();
    const secondary = uniqueEmail("work");
    await db.candidateEmail.create({ data: { userId: owner.id, email: secondary, confirmedAt: new Date() } });
    const { browser, link } = await magicLink(secondary);
    await browser.get(link);
    expect((await browser.session())?.user?.id).toBe(owner.id);
    expect(await db.user.count({ where: { email: secondary } })).toBe(0);
    // The message is filed under the account, as the sign-in itself is: "this address, that account" is one rule.
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: secondary, template: "sign-in" } });
    expect(message.userId).toBe(owner.id);
  });

  it("reactivates an inactive account and records it", async () => {
    const candidate = await makeCandidate();
    await db.user.update({
      where: { id: candidate.id },
      data: { status: "INACTIVE", lastSignInAt: new Date("2023-01-01") },
    });
    const { browser, link } = await magicLink(candidate.email);
    await browser.get(link);
    const user = await db.user.findUniqueOrThrow({ where: { id: candidate.id } });
    expect(user.status).toBe("ACTIVE");
    expect(user.reactivatedAt).not.toBeNull();
    expect(
      await db.auditLog.count({ where: { candidateId: candidate.id, action: "account.reactivated-by-sign-in" } }),
    ).toBe(1);
  });

  it("does not let a merged account sign in", async () => {
    const survivor = await makeCandidate();
    const merged = await makeCandidate();
    await db.user.update({ where: { id: merged.id }, data: { status: "MERGED", mergedIntoId: survivor.id } });
    const browser = authClient();
    await browser.requestMagicLink(merged.email);
    // The address resolves to the survivor, so the link signs into the surviving account.
    const mail = await deliverMailTo(merged.email);
    const link = linksIn(mail).find((l) => l.includes("/callback/"))!;
    await browser.get(link);
    expect((await browser.session())?.user?.id).toBe(survivor.id);
  });

  it("answers the same way for unknown addresses and sends them a link too", async () => {
    const email = uniqueEmail("unknown");
    const res = await authClient().requestMagicLink(email);
    expect(res.status).toBe(302);
    await deliverMailTo(email);
    expect(mailTo(email)).toHaveLength(1);
  });
});

describe("a forged Host header", () => {
  it("cannot make the sign-in email point at another site", async () => {
    const { NextRequest } = await import("next/server");
    const { handlers } = await import("@/lib/auth");
    const candidate = await makeCandidate();
    const csrfRes = await handlers.GET(
      new NextRequest("http://evil.example/api/auth/csrf", { headers: { host: "evil.example" } }),
    );
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const cookie = csrfRes.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    await handlers.POST(
      new NextRequest("http://evil.example/api/auth/signin/nodemailer", {
        method: "POST",
        headers: { host: "evil.example", cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: candidate.email, csrfToken }).toString(),
      }),
    );
    const mail = await deliverMailTo(candidate.email);
    const links = linksIn(mail);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith("http://localhost:3000/"))).toBe(true);
    expect(mail.html).not.toContain("evil.example");
  });
});
