import type { Tx } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { recordEarnedCertifications } from "@/lib/records/earn-certifications";
import { issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";
import { reassignEmails } from "@/lib/email/outbox";

/** The address a merged account keeps: unique, obviously not deliverable, and free for the survivor to hold. */
export const mergedPlaceholderEmail = (userId: string) => `merged+${userId}@invalid`;

type HeldCert = {
  id: string;
  certificationId: string;
  earnedOn: Date;
  expiresOn: Date | null;
  status: string;
  certificateNumber: string;
  _count: { renewals: number };
};

/** Of two records of the same certification earned the same day, the one that lasts longer (then has more renewals). */
export function betterEarning(a: HeldCert, b: HeldCert): HeldCert {
  if (a.expiresOn === null && b.expiresOn !== null) return a;
  if (b.expiresOn === null && a.expiresOn !== null) return b;
  if (a.expiresOn && b.expiresOn && a.expiresOn.getTime() !== b.expiresOn.getTime())
    return a.expiresOn > b.expiresOn ? a : b;
  return b._count.renewals > a._count.renewals ? b : a;
}

export type MergeOutcome = {
  survivorId: string;
  duplicateId: string;
  moved: Record<string, number>;
  certificationCollisions: {
    certificationId: string;
    earnedOn: string;
    kept: string;
    folded: string;
    foldedExpiresOn: string | null;
    foldedStatus: string;
  }[];
  badgeKeyCollisions: { badgeId: string; earningKey: string; renamedTo: string }[];
  emailNotes: string[];
  sessionsEnded: number;
  newCertifications: string[];
  newBadges: string[];
};

/**
 * Folds the duplicate account into the survivor in the caller's transaction. Everything the duplicate held moves;
 * where a unique key would collide, both records are kept when they can be (a badge's idempotency key is
 * suffixed) and otherwise the better record is kept and the other's history folded into it, all reported in the
 * outcome for the audit log. The duplicate stays as a MERGED shell: its MCID resolves to the survivor as an
 * alias, its profile keeps reserving that MCID, and its address becomes a confirmed email of the survivor.
 */
export async function mergeAccounts(
  tx: Tx,
  survivorId: string,
  duplicateId: string,
  actorId: string,
): Promise<MergeOutcome> {
  if (survivorId === duplicateId) throw new DomainError("An account cannot be merged into itself.");
  // Lock both rows in a fixed order so two merges touching the same accounts cannot deadlock or interleave.
  await tx.$queryRaw`SELECT id FROM "User" WHERE id IN (${survivorId}, ${duplicateId}) ORDER BY id FOR UPDATE`;
  const select = {
    id: true,
    role: true,
    status: true,
    email: true,
    emailVerified: true,
    lastSignInAt: true,
    profile: { select: { mcid: true } },
  } as const;
  const [survivor, duplicate] = await Promise.all([
    tx.user.findUnique({ where: { id: survivorId }, select }),
    tx.user.findUnique({ where: { id: duplicateId }, select }),
  ]);
  if (!survivor || !duplicate) throw new NotFoundError("That account");
  if (survivor.role !== "CANDIDATE" || duplicate.role !== "CANDIDATE")
    throw new DomainError("Staff accounts cannot be merged.");
  if (survivor.status === "MERGED" || duplicate.status === "MERGED")
    throw new DomainError("One of these accounts has already been merged.");

  const from = { userId: duplicateId };
  const to = { userId: survivorId };

  // Same certification earned the same day on both accounts: keep the better record, fold the other into it.
  const certSelect = {
    id: true,
    certificationId: true,
    earnedOn: true,
    expiresOn: true,
    status: true,
    certificateNumber: true,
    _count: { select: { renewals: true } },
  } as const;
  const [mine, theirs] = await Promise.all([
    tx.earnedCertification.findMany({ where: to, select: certSelect }),
    tx.earnedCertification.findMany({ where: from, select: certSelect }),
  ]);
  const certificationCollisions: MergeOutcome["certificationCollisions"] = [];
  for (const d of theirs) {
    const s = mine.find(
      (m) => m.certificationId === d.certificationId && m.earnedOn.getTime() === d.earnedOn.getTime(),
    );
    if (!s) continue;
    const kept = betterEarning(s, d);
    const folded = kept === s ? d : s;
    await tx.certificationRenewal.updateMany({
      where: { earnedCertificationId: folded.id },
      data: { earnedCertificationId: kept.id },
    });
    await tx.badge.updateMany({
      where: { earnedCertificationId: folded.id },
      data: { earnedCertificationId: kept.id },
    });
    await tx.earnedCertification.delete({ where: { id: folded.id } });
    certificationCollisions.push({
      certificationId: d.certificationId,
      earnedOn: d.earnedOn.toISOString(),
      kept: kept.certificateNumber,
      folded: folded.certificateNumber,
      foldedExpiresOn: folded.expiresOn?.toISOString() ?? null,
      foldedStatus: folded.status,
    });
  }

  // The same template and earning key on both: keep both badges (their public ids stay valid) under distinct keys.
  const [myBadges, theirBadges] = await Promise.all([
    tx.badge.findMany({ where: to, select: { templateId: true, earningKey: true } }),
    tx.badge.findMany({ where: from, select: { id: true, templateId: true, earningKey: true } }),
  ]);
  const taken = new Set(myBadges.map((b) => `${b.templateId}\n${b.earningKey}`));
  const badgeKeyCollisions: MergeOutcome["badgeKeyCollisions"] = [];
  for (const b of theirBadges) {
    if (!taken.has(`${b.templateId}\n${b.earningKey}`)) continue;
    const renamedTo = `${b.earningKey}~merged-${duplicateId}`;
    await tx.badge.update({ where: { id: b.id }, data: { earningKey: renamedTo } });
    badgeKeyCollisions.push({ badgeId: b.id, earningKey: b.earningKey, renamedTo });
  }

  const moved: Record<string, number> = {
    examResults: (await tx.examResult.updateMany({ where: from, data: to })).count,
    certifications: (await tx.earnedCertification.updateMany({ where: from, data: to })).count,
    badges: (await tx.badge.updateMany({ where: from, data: to })).count,
    emailMessages: await reassignEmails(tx, duplicateId, survivorId),
    secondaryEmails: (await tx.candidateEmail.updateMany({ where: from, data: to })).count,
    mcidAliases: (await tx.mcidAlias.updateMany({ where: from, data: to })).count,
    shareLinks: (await tx.transcriptShare.updateMany({ where: from, data: to })).count,
    notes: (await tx.staffNote.updateMany({ where: { candidateId: duplicateId }, data: { candidateId: survivorId } }))
      .count,
    nameChangeRequests: (await tx.nameChangeRequest.updateMany({ where: from, data: to })).count,
    actionTokens: (await tx.actionToken.updateMany({ where: from, data: to })).count,
    signInAccounts: (await tx.account.updateMany({ where: from, data: to })).count,
    earlierMerges: (
      await tx.user.updateMany({ where: { mergedIntoId: duplicateId }, data: { mergedIntoId: survivorId } })
    ).count,
  };
  const sessionsEnded = (await tx.session.deleteMany({ where: from })).count;

  // Free the real address first (User.email is unique), then give it to the survivor as a confirmed email.
  await tx.user.update({
    where: { id: duplicateId },
    data: { email: mergedPlaceholderEmail(duplicateId), status: "MERGED", mergedIntoId: survivorId },
  });
  const emailNotes: string[] = [];
  const existing = await tx.candidateEmail.findUnique({
    where: { email: duplicate.email },
    select: { id: true, userId: true, confirmedAt: true },
  });
  const confirmedAt = duplicate.emailVerified ?? new Date();
  if (existing && existing.userId === survivorId) {
    await tx.candidateEmail.update({
      where: { id: existing.id },
      data: { confirmedAt: existing.confirmedAt ?? confirmedAt },
    });
  } else {
    if (existing) {
      // Someone else had claimed the address without confirming it; the merged account is its proven owner.
      await tx.candidateEmail.delete({ where: { id: existing.id } });
      emailNotes.push(`removed an unconfirmed claim on ${duplicate.email} by account ${existing.userId}`);
    }
    await tx.candidateEmail.create({ data: { userId: survivorId, email: duplicate.email, confirmedAt } });
  }
  if (duplicate.profile) {
    await tx.mcidAlias.create({ data: { mcid: duplicate.profile.mcid, userId: survivorId } });
    // A merged shell is found through the survivor (its MCID and address now lead there), never by name.
    await tx.candidateProfile.update({ where: { userId: duplicateId }, data: { searchText: "" } });
  }

  const lastSignIns = [survivor.lastSignInAt, duplicate.lastSignInAt].filter((d): d is Date => d !== null);
  if (lastSignIns.length) {
    await tx.user.update({
      where: { id: survivorId },
      data: { lastSignInAt: new Date(Math.max(...lastSignIns.map((d) => d.getTime()))) },
    });
  }

  // Exams split across two accounts may together earn a certification neither account showed.
  const earned = await recordEarnedCertifications(tx, [survivorId]);
  const issued = earned.length
    ? await issueBadgesForRecords(tx, { earnedCertificationIds: earned.map((e) => e.id) }, { actorId })
    : { badgeIds: [] };

  return {
    survivorId,
    duplicateId,
    moved,
    certificationCollisions,
    badgeKeyCollisions,
    emailNotes,
    sessionsEnded,
    newCertifications: earned.map((e) => e.id),
    newBadges: issued.badgeIds,
  };
}
