import { db } from "@/lib/db";

/**
 * Records a sign-in. An account that had gone inactive (two years without a sign-in) is reactivated by signing in
 * with the magic link, which proves control of the address; the dashboard tells the candidate it happened.
 */
export async function recordSignIn(userId: string, now = new Date()) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { status: true } });
    const reactivate = user?.status === "INACTIVE";
    await tx.user.update({
      where: { id: userId },
      data: { lastSignInAt: now, ...(reactivate ? { status: "ACTIVE", reactivatedAt: now } : {}) },
    });
    await tx.auditLog.create({
      data: {
        actorId: userId,
        candidateId: userId,
        action: reactivate ? "account.reactivated-by-sign-in" : "account.sign-in",
        targetType: "User",
        targetId: userId,
      },
    });
  });
}
