import type { Db } from "@/lib/db";
import { inactivityCutoff } from "@/lib/rules/account-activity";

/**
 * Marks candidate accounts INACTIVE after two years without a sign-in (creation counts as activity for an account
 * that never signed in again). Only people who have an account (emailVerified) are affected: a profile created by
 * an exam registration was never active in the first place. Signing in reactivates (lib/auth/record-sign-in.ts).
 */
export async function markInactiveAccounts(db: Db, now = new Date()) {
  const cutoff = inactivityCutoff(now);
  return db.$transaction(async (tx) => {
    const stale = await tx.user.findMany({
      where: {
        role: "CANDIDATE",
        status: "ACTIVE",
        emailVerified: { not: null },
        OR: [{ lastSignInAt: { lt: cutoff } }, { lastSignInAt: null, createdAt: { lt: cutoff } }],
      },
      select: { id: true },
    });
    if (stale.length === 0) return 0;
    const ids = stale.map((u) => u.id);
    // Re-checked in the update itself: a sign-in committed meanwhile keeps the account active.
    const { count } = await tx.user.updateMany({
      where: {
        id: { in: ids },
        status: "ACTIVE",
        OR: [{ lastSignInAt: { lt: cutoff } }, { lastSignInAt: null, createdAt: { lt: cutoff } }],
      },
      data: { status: "INACTIVE" },
    });
    await tx.auditLog.createMany({
      data: ids.map((id) => ({
        actorId: null,
        candidateId: id,
        action: "account.inactive",
        targetType: "User",
        targetId: id,
        detail: { cutoff: cutoff.toISOString() },
      })),
    });
    return count;
  });
}

/**
 * Certifications past their expiry become EXPIRED. Their badges keep their state: verification compares the
 * badge's expiresOn with the date, so it shows "expired" without rewriting the assertion.
 */
export async function expireCertifications(db: Db, now = new Date()) {
  const { count } = await db.earnedCertification.updateMany({
    where: { status: "ACTIVE", expiresOn: { lte: now } },
    data: { status: "EXPIRED" },
  });
  return count;
}
