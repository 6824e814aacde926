import type { Db, Tx } from "@/lib/db";
import { newId, sqlTimestamp } from "@/lib/db/bulk-values";
import { bulkExecute } from "@/lib/db/bulk-statements";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { deliverEmail, type StoredEmail } from "@/lib/email/deliver";
import { queueEmails } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/templates/registry";
import { badgeIssuedSubject } from "@/lib/email/templates/badge-issued";
import type { JobHandler } from "@/lib/jobs/types";
import { mintClaimTokens } from "@/lib/badges/lifecycle/claim-tokens";
import { greetingName } from "@/lib/badges/documents/display-name";
import { badgeUrls } from "@/lib/badges/documents/urls";
import { hashToken } from "@/lib/security/tokens";

/**
 * Mail about badges goes one way: badges shape the data (names, claim links), the outbox records the messages
 * (lib/email), the queue runs their delivery (lib/jobs). Delivery is this module's own job type, which renders the
 * bodies left for send time and records EMAIL_SENT / EMAIL_FAILED on the badge; lib/email knows nothing of badges.
 */
export const BADGE_EMAIL_JOB = "badges.email";

/**
 * A badge message to queue. Without html and text the body is rendered when it is sent (see renderBadgeMailAtSend):
 * bulk issuance then stores a few short columns per message instead of ~3 KB of markup, and its claim link is minted
 * only when the message leaves, so the raw token still never exists outside the message itself.
 */
export type BadgeMail = { subject: string; html?: string; text?: string } & {
  template: string;
  to: string;
  userId: string;
  badgeId: string;
  sensitive: boolean;
};

/** The template whose body may be left for send time. */
export const BADGE_ISSUED_TEMPLATE = "badge-issued";

export { badgeIssuedSubject };

/**
 * Queues many badge messages at once: the outbox's set-based insert of the messages and their jobs, then the
 * EMAIL_QUEUED events in one more statement, so issuing a thousand badges does not cost three thousand queries.
 */
export async function queueBadgeMails(tx: Tx, mails: BadgeMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const ids = await queueEmails(tx, mails, { jobType: BADGE_EMAIL_JOB });
  const stamp = sqlTimestamp(new Date());
  await bulkExecute(
    tx,
    Prisma.sql`
    INSERT INTO "BadgeEvent" (id, "badgeId", type, at, detail)
    SELECT event_id, badge_id, 'EMAIL_QUEUED'::"BadgeEventType", ${stamp}::timestamp(3), jsonb_build_object('to', "to", 'emailMessageId', message_id)
    FROM unnest(${mails.map(() => newId())}::text[], ${mails.map((m) => m.badgeId)}::text[], ${mails.map((m) => m.to)}::text[], ${ids}::text[])
      AS i(event_id, badge_id, "to", message_id)`,
  );
  return mails.length;
}

type QueuedMessage = Pick<StoredEmail, "template" | "badgeId" | "sensitive" | "html" | "text">;

/** True for a badge message queued without its body, which the send job renders. */
export function rendersAtSend(message: QueuedMessage): message is QueuedMessage & { badgeId: string } {
  return (
    message.template === BADGE_ISSUED_TEMPLATE &&
    message.badgeId !== null &&
    message.html === null &&
    message.text === null
  );
}

/**
 * Renders a "you earned a badge" message queued without a body, from the badge as it is now. A sensitive message
 * (the badge waited to be claimed when it was issued) gets a claim link minted here, in its own committed
 * transaction, so the link works as soon as the mail arrives; `discard` revokes that link if the message could not
 * be delivered (the retry mints another). A badge no longer pending (claimed, declined or revoked in the meantime)
 * gets no claim link, only its page.
 */
export async function renderBadgeMailAtSend(db: Db, message: QueuedMessage & { badgeId: string }) {
  const now = new Date();
  const { badge, token } = await db.$transaction(async (tx) => {
    const badge = await tx.badge.findUniqueOrThrow({
      where: { id: message.badgeId },
      select: {
        id: true,
        state: true,
        template: { select: { name: true } },
        user: {
          select: { email: true, name: true, profile: { select: { preferredName: true, legalFirstName: true } } },
        },
      },
    });
    const token =
      message.sensitive && badge.state === "PENDING"
        ? (await mintClaimTokens(tx, [badge.id], now)).get(badge.id)!
        : null;
    return { badge, token };
  });
  const rendered = await renderEmail({
    template: "badge-issued",
    data: {
      issuer: env().ISSUER_NAME,
      recipientName: greetingName(badge.user),
      badgeName: badge.template.name,
      url: token ? badgeUrls.claim(token) : `${badgeUrls.base()}/badges/mine/${badge.id}`,
      autoAccepted: !message.sensitive,
    },
  });
  const discard = async () => {
    if (token) {
      await db.badgeClaimToken.updateMany({
        where: { tokenHash: hashToken(token), usedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    }
  };
  return { ...rendered, discard };
}

/** Delivers a badge message: renders it if it was queued without a body, and records the outcome on the badge. */
export const badgeEmailJob: JobHandler = ({ db, job }) =>
  deliverEmail(
    { db, job },
    {
      bodyAtSend: async (message) => (rendersAtSend(message) ? renderBadgeMailAtSend(db, message) : null),
      onSent: async (tx, message) => {
        if (message.badgeId)
          await tx.badgeEvent.create({
            data: { badgeId: message.badgeId, type: "EMAIL_SENT", detail: { to: message.to } },
          });
      },
      onFailed: async (message, reason) => {
        if (message.badgeId)
          await db.badgeEvent.create({ data: { badgeId: message.badgeId, type: "EMAIL_FAILED", detail: { reason } } });
      },
    },
  );
