import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { newId, sqlTimestamp } from "@/lib/db/bulk-values";
import { SEND_EMAIL_JOB } from "@/lib/email/outbox";
import type { RenderedEmail } from "@/lib/email/templates/layout";
import { JOBS_CHANNEL } from "@/lib/jobs/queue";

export type BadgeMail = RenderedEmail & { template: string; to: string; userId: string; badgeId: string; sensitive: boolean };

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
  await tx.$executeRaw`
    WITH input AS (
      SELECT * FROM unnest(
        ${ids}::text[], ${col((m) => m.template)}::text[], ${col((m) => m.to)}::text[], ${col((m) => m.subject)}::text[],
        ${col((m) => m.html)}::text[], ${col((m) => m.text)}::text[], ${col((m) => m.sensitive)}::boolean[],
        ${col((m) => m.userId)}::text[], ${col((m) => m.badgeId)}::text[], ${col(() => `<${randomUUID()}@${domain}>`)}::text[],
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
    FROM input`;
  await tx.$executeRaw`SELECT pg_notify(${JOBS_CHANNEL}, ${SEND_EMAIL_JOB})`;
  return mails.length;
}
