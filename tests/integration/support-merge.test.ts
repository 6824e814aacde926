import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { findUserByAnyEmail } from "@/lib/accounts/find-by-email";
import { issueBadges, issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";
import { mergeCandidateAccounts, previewMerge } from "@/lib/support/candidates/merge";
import { mergedPlaceholderEmail } from "@/lib/accounts/merge";
import { searchCandidates } from "@/lib/support/search/search";
import { makeCandidate, makeStaff, uniqueEmail, viewerOf } from "../support/factories";
import { badgeCatalogue, passExam } from "./badges-fixtures";

let support: Awaited<ReturnType<typeof makeStaff>>;
const merge = (survivorId: string, duplicate: string, reason = "Same person: same name, birth date and employer") =>
  runAsViewer(viewerOf(support), () => mergeCandidateAccounts({ survivorId, duplicate, reason, confirm: "yes" }));

beforeAll(async () => {
  support = await makeStaff("SUPPORT");
});

/** Rows of every table that holds a candidate's records, across both accounts. */
async function countsFor(userIds: string[]) {
  const u = { userId: { in: userIds } };
  const badge = { badge: u };
  return {
    examResults: await db.examResult.count({ where: u }),
    certifications: await db.earnedCertification.count({ where: u }),
    renewals: await db.certificationRenewal.count({ where: { earnedCertification: u } }),
    badges: await db.badge.count({ where: u }),
    badgeEvents: await db.badgeEvent.count({ where: badge }),
    claimTokens: await db.badgeClaimToken.count({ where: badge }),
    emailMessages: await db.emailMessage.count({ where: u }),
    secondaryEmails: await db.candidateEmail.count({ where: u }),
    mcidAliases: await db.mcidAlias.count({ where: u }),
    shareLinks: await db.transcriptShare.count({ where: u }),
    notes: await db.staffNote.count({ where: { candidateId: { in: userIds } } }),
    nameChangeRequests: await db.nameChangeRequest.count({ where: u }),
    actionTokens: await db.actionToken.count({ where: u }),
    signInAccounts: await db.account.count({ where: u }),
    sessions: await db.session.count({ where: u }),
  };
}

/** A candidate with something in every table, so a merge has everything to move. */
async function richCandidate(cat: Awaited<ReturnType<typeof badgeCatalogue>>, examId: string, name: string) {
  const c = await makeCandidate({ legalFirstName: name, legalLastName: "Mergeson" });
  const result = await passExam(c.id, examId, new Date("2024-06-01"));
  await passExam(c.id, cat.exams.legacy.id, new Date("2024-01-01"), false);
  await db.$transaction((tx) => issueBadgesForRecords(tx, { examResultIds: [result.id] }));
  const token = randomBytes(8).toString("hex");
  await db.candidateEmail.create({ data: { userId: c.id, email: uniqueEmail("alt"), confirmedAt: new Date() } });
  await db.transcriptShare.create({ data: { userId: c.id, shareId: `s-${token}`, accessCodeHash: "h" } });
  await db.staffNote.create({ data: { candidateId: c.id, authorId: support.id, body: `note on ${name}` } });
  await db.nameChangeRequest.create({
    data: {
      userId: c.id,
      currentFirstName: name,
      currentLastName: "Mergeson",
      requestedFirstName: name,
      requestedLastName: "Other",
      reason: "x",
    },
  });
  await db.actionToken.create({
    data: {
      purpose: "CONFIRM_EMAIL",
      tokenHash: `t-${token}`,
      userId: c.id,
      payload: {},
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  await db.account.create({
    data: { userId: c.id, type: "oidc", provider: "microsoft-entra-id", providerAccountId: `acct-${token}` },
  });
  await db.session.create({
    data: { userId: c.id, sessionToken: `sess-${token}`, expires: new Date(Date.now() + 86_400_000) },
  });
  return c;
}

describe("merging two accounts of the same person", () => {
  it("moves every record to the survivor, keeps the old MCID and address resolving, and earns what the two together earn", async () => {
    const cat = await badgeCatalogue();
    // Part A on one account and Part B on the other: together they earn the two-exam certification.
    const survivor = await richCandidate(cat, cat.exams.partA.id, "Sam");
    const duplicate = await richCandidate(cat, cat.exams.partB.id, "Samuel");
    const earlier = await makeCandidate();
    await db.user.update({
      where: { id: earlier.id },
      data: { status: "MERGED", mergedIntoId: duplicate.id, email: mergedPlaceholderEmail(earlier.id) },
    });
    await db.mcidAlias.create({ data: { mcid: earlier.profile!.mcid, userId: duplicate.id } });

    const before = await countsFor([survivor.id, duplicate.id]);
    const survivorSessions = await db.session.count({ where: { userId: survivor.id } });
    const outcome = await merge(survivor.id, duplicate.profile!.mcid);
    const after = await countsFor([survivor.id, duplicate.id]);
    const onSurvivor = await countsFor([survivor.id]);

    // Unchanged across the pair, and all of it now on the survivor...
    const fresh = { badge: { id: { in: outcome.newBadges } } };
    expect(outcome.newBadges).toHaveLength(1);
    expect(onSurvivor.badgeEvents - (await db.badgeEvent.count({ where: fresh }))).toBe(before.badgeEvents);
    expect(onSurvivor.claimTokens - (await db.badgeClaimToken.count({ where: fresh }))).toBe(before.claimTokens);
    for (const table of [
      "examResults",
      "renewals",
      "shareLinks",
      "notes",
      "nameChangeRequests",
      "actionTokens",
      "signInAccounts",
    ] as const) {
      expect(after[table], table).toBe(before[table]);
      expect(onSurvivor[table], table).toBe(before[table]);
    }
    // ...plus the duplicate's primary address and MCID, the certification the two halves earn, and its badge.
    expect(onSurvivor.secondaryEmails).toBe(before.secondaryEmails + 1);
    expect(onSurvivor.mcidAliases).toBe(before.mcidAliases + 1);
    expect(onSurvivor.certifications).toBe(before.certifications + 1);
    expect(onSurvivor.badges).toBe(before.badges + 1);
    expect(onSurvivor.emailMessages).toBe(before.emailMessages + 1);
    // The duplicate's sessions end; the survivor's do not.
    expect(after.sessions).toBe(survivorSessions);
    expect(outcome).toMatchObject({
      sessionsEnded: 1,
      moved: { examResults: 2, badges: 1, earlierMerges: 1 },
      certificationCollisions: [],
      badgeKeyCollisions: [],
    });
    expect(
      await db.earnedCertification.count({ where: { userId: survivor.id, certificationId: cat.certs.pairCert.id } }),
    ).toBe(1);

    const shell = await db.user.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect(shell).toMatchObject({
      status: "MERGED",
      mergedIntoId: survivor.id,
      email: mergedPlaceholderEmail(duplicate.id),
    });
    expect((await findUserByAnyEmail(db, duplicate.email))?.id).toBe(survivor.id);
    expect(await db.candidateEmail.findUnique({ where: { email: duplicate.email } })).toMatchObject({
      userId: survivor.id,
      confirmedAt: expect.any(Date),
    });
    expect(await db.mcidAlias.findUnique({ where: { mcid: duplicate.profile!.mcid } })).toMatchObject({
      userId: survivor.id,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: earlier.id } })).mergedIntoId).toBe(survivor.id);
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { userId: survivor.id } })).mcid).toBe(
      survivor.profile!.mcid,
    );
    // The shell no longer turns up in a name search; its MCID leads to the survivor.
    const byName = await runAsViewer(viewerOf(support), () =>
      searchCandidates({ q: duplicate.profile!.legalLastName }),
    );
    expect(byName.hits.map((h) => h.userId)).not.toContain(duplicate.id);
    const byMcid = await runAsViewer(viewerOf(support), () => searchCandidates({ q: duplicate.profile!.mcid }));
    expect(byMcid.hits).toEqual([expect.objectContaining({ userId: survivor.id, matchedBy: "MCID alias" })]);

    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "candidate.merge", candidateId: survivor.id },
    });
    expect(entry).toMatchObject({
      actorId: support.id,
      targetId: duplicate.id,
      reason: "Same person: same name, birth date and employer",
    });
    expect(entry.detail).toMatchObject({ duplicateId: duplicate.id, moved: { examResults: 2 } });
    expect(await db.auditLog.count({ where: { action: "candidate.merged_into", candidateId: duplicate.id } })).toBe(1);
  });

  it("keeps both badges when their keys collide, and the better of two identical certifications, saying so", async () => {
    const cat = await badgeCatalogue();
    const survivor = await makeCandidate();
    const duplicate = await makeCandidate();
    const earnedOn = new Date("2024-03-01");
    const cert = (userId: string, expiresOn: Date, n: string) =>
      db.earnedCertification.create({
        data: { userId, certificationId: cat.certs.singleCert.id, earnedOn, expiresOn, certificateNumber: n },
      });
    const shorter = await cert(survivor.id, new Date("2025-03-01"), `CN-S-${Date.now()}`);
    const longer = await cert(duplicate.id, new Date("2026-03-01"), `CN-D-${Date.now()}`);
    await db.certificationRenewal.create({
      data: {
        earnedCertificationId: shorter.id,
        renewedOn: new Date("2024-12-01"),
        previousExpiresOn: new Date("2024-03-01"),
        newExpiresOn: new Date("2025-03-01"),
        source: "test",
      },
    });
    const bulk = (userId: string) => ({ templateId: cat.templates.partA.id, userId, earningKey: "bulk-2024-campaign" });
    await db.$transaction((tx) => issueBadges(tx, [bulk(survivor.id), bulk(duplicate.id)]));
    await db.$transaction((tx) => issueBadgesForRecords(tx, { earnedCertificationIds: [shorter.id, longer.id] }));
    const before = await countsFor([survivor.id, duplicate.id]);

    const outcome = await merge(survivor.id, duplicate.email);
    const after = await countsFor([survivor.id]);
    expect(after.badges).toBe(before.badges);
    expect(after.renewals).toBe(before.renewals);
    expect(after.certifications).toBe(before.certifications - 1);
    expect(outcome.certificationCollisions).toMatchObject([
      { kept: longer.certificateNumber, folded: shorter.certificateNumber },
    ]);
    expect(outcome.badgeKeyCollisions).toMatchObject([{ earningKey: "bulk-2024-campaign" }]);

    const kept = await db.earnedCertification.findUniqueOrThrow({
      where: { id: longer.id },
      include: { renewals: true, badges: true },
    });
    expect(kept.userId).toBe(survivor.id);
    expect(kept.renewals).toHaveLength(1);
    expect(kept.badges).toHaveLength(2);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "candidate.merge", candidateId: survivor.id },
    });
    expect(JSON.stringify(entry.detail)).toContain(shorter.certificateNumber);
  });

  it("is refused for the same account, a staff account and an account already merged, changing nothing", async () => {
    const a = await makeCandidate();
    const b = await makeCandidate();
    const staff = await makeStaff("ADMIN");
    await db.candidateEmail.create({ data: { userId: a.id, email: uniqueEmail("own"), confirmedAt: new Date() } });
    const audits = await db.auditLog.count({ where: { action: "candidate.merge" } });

    await expect(merge(a.id, a.profile!.mcid)).rejects.toThrow(/into itself/);
    await expect(merge(a.id, a.email)).rejects.toThrow(/into itself/);
    await expect(merge(a.id, staff.email)).rejects.toThrow(/No candidate|Staff/);
    await expect(runAsViewer(viewerOf(support), () => previewMerge(a.id, staff.email))).rejects.toThrow(/Staff/);
    await expect(merge(staff.id, a.email)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });

    await merge(a.id, b.email);
    // b now resolves to a; its shell by id cannot be merged again, nor be a survivor.
    await expect(merge(a.id, b.profile!.mcid)).rejects.toThrow(/into itself/);
    const c = await makeCandidate();
    await expect(merge(b.id, c.email)).rejects.toThrow(/already been merged/);
    expect(await db.auditLog.count({ where: { action: "candidate.merge" } })).toBe(audits + 1);
    expect((await db.user.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("ACTIVE");
  });
});
