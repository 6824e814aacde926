import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { reactivateAccountSchema } from "@/lib/validation/support";
import { candidateOr404 } from "@/lib/accounts/candidate-or-404";
import { requireStaff } from "@/lib/support/guard";

/** "I lost access to my account": an account made inactive by two years without sign-in becomes active again. */
export async function reactivateAccount(input: unknown) {
  const viewer = await requireStaff();
  const { userId, reason } = reactivateAccountSchema.parse(input);
  return db.$transaction(async (tx) => {
    await candidateOr404(tx, userId);
    const now = new Date();
    // Conditional on the status so two staff clicking at once record one reactivation.
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "INACTIVE" },
      data: { status: "ACTIVE", reactivatedAt: now },
    });
    if (count === 0) throw new DomainError("This account is not inactive, so there is nothing to reactivate.");
    await audit(tx, {
      actorId: viewer.userId,
      action: "candidate.reactivate",
      targetType: "User",
      targetId: userId,
      candidateId: userId,
      reason,
      detail: { from: "INACTIVE", to: "ACTIVE" },
    });
    return { reactivatedAt: now };
  });
}
