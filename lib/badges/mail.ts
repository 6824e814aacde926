import type { Db, Tx } from "@/lib/db";
import { newId, sqlTimestamp } from "@/lib/db/bulk-values";
import { bulkExecute } from "@/lib/db/bulk-statements";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { SEND_EMAIL_JOB } from "@/lib/email/outbox";
import { badgeIssuedEmail, badgeIssuedSubject } from "@/lib/email/templates/badge-issued";
import type { RenderedEmail } from "@/lib/email/templates/layout";
import { mintClaimTokens } from "@/lib/badges/lifecycle/claim-tokens";
import { greetingName } from "@/lib/badges/documents/display-name";
import { badgeUrls } from "@/lib/badges/documents/urls";
import { JOBS_CHANNEL } from "@/lib/jobs/queue";
import { hashToken } from "@/lib/security/tokens";

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
 * queueEmail for many badge messages at once: the same EmailMessage rows and email.send jobs (same dedupe key
 * scheme), but a fixed number of statements, so issuing a thousand badges does not cost three thousand queries.
 */
export async function queueBadgeMails(tx: Tx, mails: BadgeMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const domain = new URL(process.env.APP_URL ?? "http://localhost").hostname;
  const stamp = sqlTimestamp(new Date());
  const ids = mails.map(() => newId());
  const col = <T>(pick: (m: BadgeMail, i: number) => T) => mails.map(pick);
  // Messages, their email.send jobs and the EMAIL_QUEUED events in one set-based statement: issuing a thousand
  // badges through the ORM cost three thousand row inserts at about a millisecond each. Ids are fresh, so nothing
  // can conflict; the dedupe key scheme is queueEmail's.
  await bulkExecute(tx, Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(
        ${ids}::text[], ${col((m) => m.template)}::text[], ${col((m) => m.to)}::text[], ${col((m) => m.subject)}::text[],
        ${col((m) => m.html ?? null)}::text[], ${col((m) => m.text ?? null)}::text[], ${col((m) => m.sensitive)}::boolean[],
        ${col((m) => m.userId)}::text[], ${col((m) => m.badgeId)}::text[], ${col(() => `<${newId()}@${domain}>`)}::text[],
        ${col(() => newId())}::text[], ${col(() => newId())}::text[]
      ) AS i(id, template, "to", subject, html, text, sensitive, user_id, badge_id, message_id, job_id, event_id)
    ), messages AS (
      INSERT INTO "EmailMessage" (id, template, "to", subject, html, text, sensitive, "userId", "badgeId", "messageId", "createdAt", "updatedAt")
      SELECT id, template, "to", subject, html, text, sensitive, user_id, badge_id, message_id, ${stamp}::timestamp(3), ${stamp}::timestamp(3)
      FROM input
    ), jobs AS (
      INSERT INTO "Job" (id, type, payload, "dedupeKey", "runAt", "createdAt", "updatedAt")
      SELECT job_id, ${SEND_EMAIL_JOB}::text, jsonb_build_object('emailMessageId', id), 'email:' || id,
             ${stamp}::timestamp(3), ${stamp}::timestamp(3), ${stamp}::timestamp(3)
      FROM input
    )
    INSERT INTO "BadgeEvent" (id, "badgeId", type, at, detail)
    SELECT event_id, badge_id, 'EMAIL_QUEUED'::"BadgeEventType", ${stamp}::timestamp(3), jsonb_build_object('to', "to", 'emailMessageId', id)
    FROM input`);
  await tx.$executeRaw`SELECT pg_notify(${JOBS_CHANNEL}, ${SEND_EMAIL_JOB})`;
  return mails.length;
}

type QueuedMessage = { template: string; badgeId: string | null; sensitive: boolean; html: string | null; text: string | null };

/** True for a badge message queued without its body, which the send job renders. */
export function rendersAtSend(message: QueuedMessage): message is QueuedMessage & { badgeId: string } {
  return message.template === BADGE_ISSUED_TEMPLATE && message.badgeId !== null && message.html === null && message.text === null;
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
  return db.$transaction(async (tx) => {
    const badge = await tx.badge.findUniqueOrThrow({
      where: { id: message.badgeId },
      select: {
        id: true,
        state: true,
        template: { select: { name: true } },
        user: { select: { email: true, name: true, profile: { select: { preferredName: true, legalFirstName: true } } } },
      },
    });
    const autoAccepted = !message.sensitive;
    const token = message.sensitive && badge.state === "PENDING" ? (await mintClaimTokens(tx, [badge.id], now)).get(badge.id)! : null;
    const rendered: RenderedEmail = badgeIssuedEmail({
      issuer: env().ISSUER_NAME,
      recipientName: greetingName(badge.user),
      badgeName: badge.template.name,
      url: token ? badgeUrls.claim(token) : `${badgeUrls.base()}/badges/mine/${badge.id}`,
      autoAccepted,
    });
    const discard = async () => {
      if (token) {
        await db.badgeClaimToken.updateMany({ where: { tokenHash: hashToken(token), usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
      }
    };
    return { ...rendered, discard };
  });
}
