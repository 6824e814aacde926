import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { sendClaimEmail } from "@/lib/badges/lifecycle/claim-link";
import { resendBadgeEmailSchema } from "@/lib/validation/support";
import { requireStaff } from "@/lib/support/guard";

/**
 * "I never got my badge email": send it again with the current link, or with a fresh link that makes every
 * earlier link stop working (when the old mail may have reached someone else). Only pending badges have
 * something to claim.
 */
export async function resendBadgeEmail(input: unknown) {
  const viewer = await requireStaff();
  const { badgeId, mode, reason } = resendBadgeEmailSchema.parse(input);
  return db.$transaction(async (tx) => {
    const badge = await tx.badge.findUnique({
      where: { id: badgeId },
      select: {
        id: true,
        state: true,
        userId: true,
        recipientEmail: true,
        user: { select: { role: true } },
        template: { select: { name: true } },
      },
    });
    if (badge?.user.role !== "CANDIDATE") notFound();
    if (badge.state !== "PENDING") {
      throw new DomainError(
        `This badge is ${badge.state.toLowerCase()}, so there is nothing to claim and no email to send.`,
      );
    }
    await sendClaimEmail(tx, badgeId, { revokePrevious: mode === "fresh", actorId: viewer.userId });
    await audit(tx, {
      actorId: viewer.userId,
      action: mode === "fresh" ? "badge.reissue_claim_link" : "badge.resend_email",
      targetType: "Badge",
      targetId: badgeId,
      candidateId: badge.userId,
      reason,
      detail: { badge: badge.template.name, to: badge.recipientEmail },
    });
    return { to: badge.recipientEmail, mode };
  });
}
