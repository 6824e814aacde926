import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { DomainError } from "@/lib/errors";
import { decideClaim, openClaim } from "@/lib/public/badges/claim";
import { listMyBadges } from "@/lib/candidate/badges/badges";
import { issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";
import { createCandidate } from "@/lib/accounts/create-candidate";
import { makeCandidate, makeStaff, uniqueEmail, viewerOf } from "../support/factories";
import { deliverMailTo, linksIn } from "../support/mail";
import { badgeCatalogue, candidateWithBadge, earnCert } from "./badges-fixtures";

async function claimLinkFor(email: string) {
  const mail = await deliverMailTo(email);
  const link = linksIn(mail).find((l) => l.includes("/claim/"));
  expect(link, "the badge email carries a claim link").toBeTruthy();
  return { mail, link: link!, token: new URL(link!).pathname.split("/").pop()! };
}

describe("the claim link", () => {
  it("arrives by email (HTML and text) and leads the recipient to the badge", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const { mail, link, token } = await claimLinkFor(candidate.email);
    expect(mail.subject).toBe("You earned a badge: Certified Administrator");
    expect(mail.html).toContain(link.replaceAll("&", "&amp;"));
    expect(new URL(link).origin).toBe("http://localhost:3000");

    // Anonymous: sign in first, with the address the badge was issued to.
    expect(await runAsViewer(null, () => openClaim(token))).toEqual({ kind: "sign-in", email: candidate.email });
    const view = await runAsViewer(viewerOf(candidate), () => openClaim(token));
    expect(view.kind).toBe("ready");
    if (view.kind === "ready") expect(view.badge).toMatchObject({ id: badgeId, name: "Certified Administrator" });

    expect(await runAsViewer(viewerOf(candidate), () => decideClaim(token, "accept"))).toEqual({ badgeId });
    const badge = await db.badge.findUniqueOrThrow({ where: { id: badgeId } });
    expect(badge.state).toBe("ACCEPTED");
    expect(await db.badgeEvent.count({ where: { badgeId, type: "CLAIM_PAGE_OPENED" } })).toBe(2);
    // The body of a message carrying a claim link is not kept once sent.
    const stored = await db.emailMessage.findFirstOrThrow({ where: { badgeId } });
    expect(stored).toMatchObject({ status: "SENT", html: null, text: null, sensitive: true });
    // The token itself is never stored.
    const rows = await db.badgeClaimToken.findMany({ where: { badgeId }, omit: { tokenHash: false } });
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
  });

  it("works once: of 20 concurrent claims exactly one succeeds", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const { token } = await claimLinkFor(candidate.email);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        runAsViewer(viewerOf(candidate), () => decideClaim(token, i % 2 ? "reject" : "accept")),
      ),
    );
    const ok = outcomes.filter((o) => o.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(DomainError);
    const badge = await db.badge.findUniqueOrThrow({ where: { id: badgeId } });
    expect(["ACCEPTED", "REJECTED"]).toContain(badge.state);
    expect(await db.badgeEvent.count({ where: { badgeId, type: { in: ["ACCEPTED", "REJECTED"] } } })).toBe(1);
    expect(await db.badgeClaimToken.count({ where: { badgeId, usedAt: { not: null } } })).toBe(1);
  });

  it("shows someone else, or staff, a message instead of the badge, and refuses their decision", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const { token } = await claimLinkFor(candidate.email);
    for (const intruder of [await makeCandidate(), await makeStaff("SUPPORT"), await makeStaff("ADMIN")]) {
      expect(await runAsViewer(viewerOf(intruder), () => openClaim(token))).toEqual({ kind: "other-user" });
      await expect(runAsViewer(viewerOf(intruder), () => decideClaim(token, "accept"))).rejects.toThrow(/someone else/);
    }
    await expect(runAsViewer(null, () => decideClaim(token, "accept"))).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;401",
    });
    expect((await db.badge.findUniqueOrThrow({ where: { id: badgeId } })).state).toBe("PENDING");
  });

  it("accepts the recipient signed in with a confirmed secondary address", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const { token } = await claimLinkFor(candidate.email);
    // Another live account that confirmed the badge's address as its own (e.g. after a merge).
    const other = await makeCandidate();
    await db.candidateEmail.create({
      data: { userId: other.id, email: `alias.${candidate.email}`, confirmedAt: new Date() },
    });
    expect(await runAsViewer(viewerOf(other), () => openClaim(token))).toEqual({ kind: "other-user" });
    await db.badge.update({ where: { id: badgeId }, data: { recipientEmail: `alias.${candidate.email}` } });
    expect((await runAsViewer(viewerOf(other), () => openClaim(token))).kind).toBe("ready");
  });

  it("is refused when unknown, revoked or expired", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const { token } = await claimLinkFor(candidate.email);
    expect(await runAsViewer(viewerOf(candidate), () => openClaim("x".repeat(43)))).toEqual({ kind: "invalid" });
    expect(await runAsViewer(viewerOf(candidate), () => openClaim("not-a-token"))).toEqual({ kind: "invalid" });
    await db.badgeClaimToken.updateMany({ where: { badgeId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await runAsViewer(viewerOf(candidate), () => openClaim(token))).toEqual({ kind: "invalid" });
    await expect(runAsViewer(viewerOf(candidate), () => decideClaim(token, "accept"))).rejects.toThrow(
      /already used or has expired/,
    );
  });
});

describe("badges for people without an account", () => {
  it("wait pending and appear in the badge list once the person signs in", async () => {
    const cat = await badgeCatalogue();
    const email = uniqueEmail("newcomer");
    // The program knows the person (an exam registration) but they have never signed in.
    const person = await db.$transaction((tx) =>
      createCandidate(tx, { email, legalFirstName: "New", legalLastName: "Comer" }),
    );
    expect(person.emailVerified).toBeNull();
    const earned = await earnCert(person.id, cat.certs.pairCert.id);
    const { badgeIds } = await db.$transaction((tx) =>
      issueBadgesForRecords(tx, { earnedCertificationIds: [earned.id] }),
    );
    await claimLinkFor(email);
    expect((await db.badge.findUniqueOrThrow({ where: { id: badgeIds[0] } })).state).toBe("PENDING");

    // Signing in (Auth.js marks the address verified) is what makes it their account.
    const user = await db.user.update({ where: { id: person.id }, data: { emailVerified: new Date() } });
    const list = await runAsViewer(viewerOf(user), () => listMyBadges());
    expect(list.map((b) => [b.id, b.state])).toEqual([[badgeIds[0], "PENDING"]]);
  });
});
