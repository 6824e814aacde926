import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
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
  const messages = await tx.emailMessage.createManyAndReturn({
    data: mails.map((m) => ({
      template: m.template,
      to: m.to,
      subject: m.subject,
      html: m.html,
      text: m.text,
      sensitive: m.sensitive,
      userId: m.userId,
      badgeId: m.badgeId,
      messageId: `<${randomUUID()}@${domain}>`,
    })),
    select: { id: true, badgeId: true, to: true },
  });
  await tx.job.createMany({
    data: messages.map((m) => ({ type: SEND_EMAIL_JOB, payload: { emailMessageId: m.id }, dedupeKey: `email:${m.id}` })),
  });
  await tx.badgeEvent.createMany({
    data: messages.map((m) => ({ badgeId: m.badgeId!, type: "EMAIL_QUEUED" as const, detail: { to: m.to, emailMessageId: m.id } })),
  });
  await tx.$executeRaw`SELECT pg_notify(${JOBS_CHANNEL}, ${SEND_EMAIL_JOB})`;
  return messages.length;
}
