import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueBadges, issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";
import { revokeBadges } from "@/lib/badges/lifecycle/revoke";
import { sendClaimEmail } from "@/lib/badges/lifecycle/claim-link";
import { makeCandidate, makeStaff } from "../support/factories";
import { deliverMailTo, linksIn, mailTo, refuseMail } from "../support/mail";
import { drainJobs } from "../support/jobs";
import { hashToken } from "@/lib/security/tokens";
import { badgeCatalogue, candidateWithBadge, earnCert, passExam } from "./badges-fixtures";

describe("issuing badges for stored records", () => {
  it("follows the program's rules and is idempotent", async () => {
    const cat = await badgeCatalogue();
    const c = await makeCandidate();
    const results = await Promise.all([
      passExam(c.id, cat.exams.single.id),
      passExam(c.id, cat.exams.partA.id),
      passExam(c.id, cat.exams.partB.id, new Date("2025-03-02"), false),
      passExam(c.id, cat.exams.excluded.id),
      passExam(c.id, cat.exams.legacy.id),
    ]);
    const single = await earnCert(c.id, cat.certs.singleCert.id, new Date("2026-09-01"));
    const input = { examResultIds: results.map((r) => r.id), earnedCertificationIds: [single.id] };

    const first = await db.$transaction((tx) => issueBadgesForRecords(tx, input));
    const badges = await db.badge.findMany({ where: { userId: c.id }, include: { template: true } });
    expect(badges.map((b) => b.template.name).sort()).toEqual(["Certified Administrator", "Exam Part A"]);
    expect(first.badgeIds).toHaveLength(2);
    expect(first.emailsQueued).toBe(2);
    const certBadge = badges.find((b) => b.templateId === cat.templates.singleCert.id)!;
    expect(certBadge.expiresOn?.toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(certBadge.state).toBe("PENDING");
    expect(certBadge.recipientEmail).toBe(c.email);

    const again = await db.$transaction((tx) => issueBadgesForRecords(tx, input));
    expect(again).toEqual({ badgeIds: [], emailsQueued: 0 });
    expect(await db.badge.count({ where: { userId: c.id } })).toBe(2);
    expect(await db.badgeEvent.count({ where: { badge: { userId: c.id }, type: "ISSUED" } })).toBe(2);
  });

  it("creates each badge once under concurrent imports of the same records", async () => {
    const cat = await badgeCatalogue();
    const c = await makeCandidate();
    const earned = await earnCert(c.id, cat.certs.pairCert.id);
    const runs = await Promise.all(
      Array.from({ length: 5 }, () =>
        db.$transaction((tx) => issueBadgesForRecords(tx, { earnedCertificationIds: [earned.id] })),
      ),
    );
    expect(runs.flatMap((r) => r.badgeIds)).toHaveLength(1);
    expect(await db.badge.count({ where: { userId: c.id } })).toBe(1);
    expect(await db.emailMessage.count({ where: { to: c.email } })).toBe(1);
  });

  it("accepts automatically for candidates who asked to, and still informs them", async () => {
    const { candidate, badgeId } = await candidateWithBadge({ autoAccept: true });
    const badge = await db.badge.findUniqueOrThrow({ where: { id: badgeId }, include: { events: true } });
    expect(badge.state).toBe("ACCEPTED");
    expect(badge.acceptedAt).not.toBeNull();
    expect(badge.events.map((e) => e.type).sort()).toEqual(["AUTO_ACCEPTED", "EMAIL_QUEUED", "ISSUED"]);
    const mail = await deliverMailTo(candidate.email);
    expect(mail.subject).toContain("Certified Administrator");
    expect(linksIn(mail).some((l) => l.includes("/claim/"))).toBe(false);
  });

  it("issues without mail when asked not to notify", async () => {
    const { candidate, badgeId } = await candidateWithBadge({ notify: false });
    expect(badgeId).toBeTruthy();
    expect(await db.emailMessage.count({ where: { to: candidate.email } })).toBe(0);
    expect(await db.badgeClaimToken.count({ where: { badgeId } })).toBe(0);
  });

  it("ignores requests for unknown users and duplicates within one call", async () => {
    const cat = await badgeCatalogue();
    const c = await makeCandidate();
    const req = { templateId: cat.templates.partA.id, userId: c.id, earningKey: "bulk:1" };
    const res = await db.$transaction((tx) =>
      issueBadges(tx, [req, req, { ...req, userId: "nobody" }], { notify: false }),
    );
    expect(res.badgeIds).toHaveLength(1);
  });
});

describe("revoking and re-sending", () => {
  it("revokes once, records the reason, kills claim links and notifies on request", async () => {
    const admin = await makeStaff("ADMIN");
    const { candidate, badgeId } = await candidateWithBadge();
    const first = await db.$transaction((tx) =>
      revokeBadges(tx, { badgeIds: [badgeId], reason: "Exam result voided", notify: true, actorId: admin.id }),
    );
    expect(first).toEqual({ revoked: 1, emailsQueued: 1 });
    const second = await db.$transaction((tx) =>
      revokeBadges(tx, { badgeIds: [badgeId], reason: "again", notify: true, actorId: admin.id }),
    );
    expect(second).toEqual({ revoked: 0, emailsQueued: 0 });
    const badge = await db.badge.findUniqueOrThrow({ where: { id: badgeId } });
    expect(badge).toMatchObject({ state: "REVOKED", revocationReason: "Exam result voided" });
    expect(await db.badgeClaimToken.count({ where: { badgeId, revokedAt: null } })).toBe(0);
    await deliverMailTo(candidate.email);
    expect(mailTo(candidate.email).some((m) => m.subject.includes("revoked"))).toBe(true);
  });

  it("resends keeping old links, or issues a fresh link revoking them", async () => {
    const support = await makeStaff("SUPPORT");
    const { candidate, badgeId } = await candidateWithBadge();
    // The issuance message mints its claim link when it is sent.
    await deliverMailTo(candidate.email);
    expect(await db.badgeClaimToken.count({ where: { badgeId, revokedAt: null } })).toBe(1);
    await db.$transaction((tx) => sendClaimEmail(tx, badgeId, { revokePrevious: false, actorId: support.id }));
    expect(await db.badgeClaimToken.count({ where: { badgeId, revokedAt: null } })).toBe(2);
    await db.$transaction((tx) => sendClaimEmail(tx, badgeId, { revokePrevious: true, actorId: support.id }));
    expect(await db.badgeClaimToken.count({ where: { badgeId, revokedAt: null } })).toBe(1);
    const events = await db.badgeEvent.findMany({ where: { badgeId, type: "CLAIM_LINK_REISSUED" } });
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.actorId === support.id)).toBe(true);
    const stored = await db.emailMessage.findMany({ where: { badgeId } });
    expect(stored.every((m) => m.sensitive)).toBe(true);
  });
});

describe("the issuance message, rendered when it is sent", () => {
  afterEach(() => refuseMail(null));

  const claimLink = (mail: Parameters<typeof linksIn>[0]) => linksIn(mail).find((l) => l.includes("/claim/"));

  it("is queued without a body and mints its claim link only as it leaves, stored hashed", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const queued = await db.emailMessage.findFirstOrThrow({ where: { badgeId } });
    expect(queued).toMatchObject({
      template: "badge-issued",
      sensitive: true,
      html: null,
      text: null,
      subject: "You earned a badge: Certified Administrator",
    });
    expect(await db.badgeClaimToken.count({ where: { badgeId } })).toBe(0);

    const mail = await deliverMailTo(candidate.email);
    expect(mail.subject).toBe(queued.subject);
    expect(mail.text).toContain("Congratulations, Ada");
    const link = claimLink(mail);
    expect(link).toBeTruthy();
    const token = link!.split("/claim/")[1];
    const stored = await db.badgeClaimToken.findMany({ where: { badgeId }, omit: { tokenHash: false } });
    expect(stored.map((t) => t.tokenHash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(await db.emailMessage.findMany({ where: { badgeId } }))).not.toContain(token);
  });

  it("revokes the link of a delivery that failed and sends a working one once the server is back", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    refuseMail({ code: 451, message: "try again later" });
    await drainJobs();
    expect(mailTo(candidate.email)).toHaveLength(0);
    expect(await db.badgeClaimToken.count({ where: { badgeId, revokedAt: null } })).toBe(0);
    refuseMail(null);
    await db.job.updateMany({ where: { status: "QUEUED" }, data: { runAt: new Date() } });
    await drainJobs();
    expect(mailTo(candidate.email)).toHaveLength(1);
    const token = claimLink(mailTo(candidate.email)[0])!.split("/claim/")[1];
    const live = await db.badgeClaimToken.findMany({ where: { badgeId, revokedAt: null }, omit: { tokenHash: false } });
    expect(live.map((t) => t.tokenHash)).toEqual([hashToken(token)]);
  });

  it("carries no claim link for a badge revoked before the message left", async () => {
    const admin = await makeStaff("ADMIN");
    const { candidate, badgeId } = await candidateWithBadge();
    await db.$transaction((tx) =>
      revokeBadges(tx, { badgeIds: [badgeId], reason: "Exam result voided", notify: false, actorId: admin.id }),
    );
    await drainJobs();
    const [issued] = mailTo(candidate.email).filter((m) => m.subject.startsWith("You earned a badge"));
    expect(issued).toBeTruthy();
    expect(claimLink(issued)).toBeUndefined();
    expect(await db.badgeClaimToken.count({ where: { badgeId } })).toBe(0);
  });
});
