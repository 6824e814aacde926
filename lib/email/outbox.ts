import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { RenderedEmail } from "@/lib/email/templates/layout";
import { enqueue } from "@/lib/jobs/queue";

export const SEND_EMAIL_JOB = "email.send";

export type QueueEmailInput = RenderedEmail & {
  template: string;
  to: string;
  /** Bodies with credentials in them (sign-in and claim links) are erased once delivered. */
  sensitive?: boolean;
  userId?: string;
  badgeId?: string;
  /** Same key, same message: queueing it again does nothing. */
  dedupeKey?: string;
};

/**
 * Records a message and its delivery job in the caller's transaction. Nothing is sent inside a request: the
 * worker delivers it, retrying while the mail server is down.
 */
export async function queueEmail(tx: Tx, input: QueueEmailInput) {
  if (input.dedupeKey) {
    const existing = await tx.job.findUnique({ where: { dedupeKey: `email:${input.dedupeKey}` } });
    if (existing) return (existing.payload as { emailMessageId: string }).emailMessageId;
  }
  const domain = new URL(process.env.APP_URL ?? "http://localhost").hostname;
  const message = await tx.emailMessage.create({
    data: {
      template: input.template,
      to: input.to,
      subject: input.subject,
      html: input.html,
      text: input.text,
      sensitive: input.sensitive ?? false,
      userId: input.userId,
      badgeId: input.badgeId,
      messageId: `<${randomUUID()}@${domain}>`,
    },
    select: { id: true },
  });
  const jobId = await enqueue(tx, SEND_EMAIL_JOB, { emailMessageId: message.id }, {
    dedupeKey: `email:${input.dedupeKey ?? message.id}`,
  });
  if (input.dedupeKey) {
    // A concurrent caller queued the same message first: keep theirs, drop ours.
    const job = await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: { payload: true } });
    const winner = (job.payload as { emailMessageId: string }).emailMessageId;
    if (winner !== message.id) {
      await tx.emailMessage.delete({ where: { id: message.id } });
      return winner;
    }
  }
  return message.id;
}
