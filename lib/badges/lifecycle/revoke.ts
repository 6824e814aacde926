import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { renderEmail } from "@/lib/email/templates/registry";
import { revokeClaimTokens } from "@/lib/badges/lifecycle/claim-tokens";
import { greetingName } from "@/lib/badges/documents/display-name";
import { queueBadgeMails } from "@/lib/badges/lifecycle/mail";
import { badgeUrls } from "@/lib/badges/documents/urls";

/**
 * Revokes badges: their verification page and OB 2.0 assertion say so (410), their OB 3.0 status list bit is set,
 * and their claim links stop working. Idempotent: a badge already revoked is left as it was (first reason kept),
 * and only the badges this call revoked are counted, recorded and notified. Callers write the audit entry.
 */
export async function revokeBadges(
  tx: Tx,
  input: { badgeIds: string[]; reason: string; notify: boolean; actorId: string },
  now = new Date(),
): Promise<{ revoked: number; emailsQueued: number }> {
  const ids = [...new Set(input.badgeIds)];
  const reason = input.reason.trim();
  if (ids.length === 0) return { revoked: 0, emailsQueued: 0 };
  if (!reason) throw new Error("A revocation needs a reason: it is shown on the verification page.");
  // The conditional update is what makes concurrent revocations of the same badge count it once.
  const revoked = await tx.badge.updateManyAndReturn({
    where: { id: { in: ids }, state: { not: "REVOKED" } },
    data: { state: "REVOKED", revokedAt: now, revocationReason: reason },
    select: {
      id: true,
      userId: true,
      recipientEmail: true,
      template: { select: { name: true } },
      user: { select: { email: true, name: true, profile: { select: { preferredName: true, legalFirstName: true } } } },
    },
  });
  if (revoked.length === 0) return { revoked: 0, emailsQueued: 0 };
  const revokedIds = revoked.map((b) => b.id);
  await revokeClaimTokens(tx, revokedIds, now);
  await tx.badgeEvent.createMany({
    data: revoked.map((b) => ({
      badgeId: b.id,
      type: "REVOKED" as const,
      at: now,
      actorId: input.actorId,
      detail: { reason },
    })),
  });
  let emailsQueued = 0;
  if (input.notify) {
    const issuer = env().ISSUER_NAME;
    const mails = await Promise.all(
      revoked.map(async (b) => ({
        ...(await renderEmail({
          template: "badge-revoked",
          data: {
            issuer,
            recipientName: greetingName(b.user),
            badgeName: b.template.name,
            reason,
            url: badgeUrls.verification(b.id),
          },
        })),
        template: "badge-revoked",
        to: b.user.email,
        userId: b.userId,
        badgeId: b.id,
        sensitive: false,
      })),
    );
    emailsQueued = await queueBadgeMails(tx, mails);
  }
  return { revoked: revoked.length, emailsQueued };
}
