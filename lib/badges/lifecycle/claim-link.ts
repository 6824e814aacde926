import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError, NotFoundError } from "@/lib/errors";
import { renderEmail } from "@/lib/email/templates/registry";
import { mintClaimTokens, revokeClaimTokens } from "@/lib/badges/lifecycle/claim-tokens";
import { greetingName } from "@/lib/badges/documents/display-name";
import { queueBadgeMails } from "@/lib/badges/lifecycle/mail";
import { badgeUrls } from "@/lib/badges/documents/urls";
import { formatDate } from "@/lib/format";

/**
 * Emails a pending badge's claim link again with a freshly minted token. With revokePrevious (support's "issue a
 * fresh claim link", e.g. when an old message may have been forwarded) the earlier links stop working; without it
 * (a plain "resend") they keep working. `reminder` uses the reminder wording (the scheduled reminders).
 */
export async function sendClaimEmail(
  tx: Tx,
  badgeId: string,
  opts: { revokePrevious: boolean; actorId?: string; reminder?: boolean },
): Promise<void> {
  const badge = await tx.badge.findUnique({
    where: { id: badgeId },
    select: {
      id: true,
      state: true,
      userId: true,
      issuedOn: true,
      template: { select: { name: true } },
      user: { select: { email: true, name: true, profile: { select: { preferredName: true, legalFirstName: true } } } },
    },
  });
  if (!badge) throw new NotFoundError("That badge");
  if (badge.state !== "PENDING") {
    throw new DomainError(
      `Only a badge waiting to be claimed has a claim link; this one is ${badge.state.toLowerCase()}.`,
    );
  }
  const now = new Date();
  if (opts.revokePrevious) await revokeClaimTokens(tx, [badge.id], now);
  const token = (await mintClaimTokens(tx, [badge.id], now)).get(badge.id)!;
  const issuer = env().ISSUER_NAME;
  const common = {
    issuer,
    recipientName: greetingName(badge.user),
    badgeName: badge.template.name,
    url: badgeUrls.claim(token),
  };
  const call = opts.reminder
    ? ({ template: "badge-reminder", data: { ...common, issuedOn: formatDate(badge.issuedOn) } } as const)
    : ({ template: "badge-issued", data: { ...common, autoAccepted: false } } as const);
  await queueBadgeMails(tx, [
    {
      ...(await renderEmail(call)),
      template: call.template,
      to: badge.user.email,
      userId: badge.userId,
      badgeId: badge.id,
      sensitive: true,
    },
  ]);
  await tx.badgeEvent.create({
    data: {
      badgeId: badge.id,
      type: opts.reminder ? "REMINDED" : "CLAIM_LINK_REISSUED",
      at: now,
      actorId: opts.actorId ?? null,
      detail: { revokedPrevious: opts.revokePrevious },
    },
  });
}
