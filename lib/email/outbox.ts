import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { bulkExecute } from "@/lib/db/bulk-statements";
import { newId, sqlTimestamp } from "@/lib/db/bulk-values";
import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { renderEmail, type EmailTemplateCall } from "@/lib/email/templates/registry";
import type { RenderedEmail } from "@/lib/email/templates/render";
import { enqueueForEach, findJobFor, rerunJob } from "@/lib/jobs/manage";
import { enqueue } from "@/lib/jobs/queue";

/**
 * The outbox: the only module that writes EmailMessage rows. A message is recorded with its delivery job in the
 * caller's transaction; nothing is sent inside a request: the worker delivers it (lib/email/deliver.ts), retrying
 * while the mail server is down.
 */

export const SEND_EMAIL_JOB = "email.send";

type Addressing = {
  to: string;
  /** Bodies with credentials in them (sign-in and claim links) are erased once delivered. */
  sensitive?: boolean;
  userId?: string | null;
  badgeId?: string | null;
};

/** A message from the template registry, or (tests, benchmarks) one already rendered under a name of its own. */
export type QueueEmailInput = Addressing &
  (EmailTemplateCall | (RenderedEmail & { template: string; data?: never })) & {
    /** Same key, same message: queueing it again does nothing. */
    dedupeKey?: string;
  };

const messageIdDomain = () => new URL(process.env.APP_URL ?? "http://localhost").hostname;
const newMessageId = (domain: string) => `<${randomUUID()}@${domain}>`;

/** Renders, records and queues one message. Returns its id (the earlier one's when deduplicated). */
export async function queueEmail(tx: Tx, input: QueueEmailInput): Promise<string> {
  if (input.dedupeKey) {
    const existing = await tx.job.findUnique({ where: { dedupeKey: `email:${input.dedupeKey}` } });
    if (existing) return (existing.payload as { emailMessageId: string }).emailMessageId;
  }
  const { subject, html, text } = input.data === undefined ? input : await renderEmail(input as EmailTemplateCall);
  const message = await tx.emailMessage.create({
    data: {
      template: input.template,
      to: input.to,
      subject,
      html,
      text,
      sensitive: input.sensitive ?? false,
      userId: input.userId,
      badgeId: input.badgeId,
      messageId: newMessageId(messageIdDomain()),
    },
    select: { id: true },
  });
  const jobId = await enqueue(
    tx,
    SEND_EMAIL_JOB,
    { emailMessageId: message.id },
    {
      dedupeKey: `email:${input.dedupeKey ?? message.id}`,
    },
  );
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

/**
 * A message for queueEmails. Without html and text its body is left for the job to render when it sends it (the
 * job type is then the caller's, and must know how).
 */
export type OutgoingEmail = Addressing & {
  template: string;
  subject: string;
  html?: string | null;
  text?: string | null;
};

/**
 * queueEmail for many messages at once, with no dedupe key: two set-based statements (the messages, then their
 * jobs) whatever the count, so queueing a thousand badge messages does not cost three thousand queries. `jobType`
 * is the job that delivers them (email.send unless the caller brings its own). Returns the ids, in order.
 */
export async function queueEmails(tx: Tx, mails: OutgoingEmail[], opts: { jobType?: string } = {}): Promise<string[]> {
  if (mails.length === 0) return [];
  const domain = messageIdDomain();
  const stamp = sqlTimestamp(new Date());
  const ids = mails.map(() => newId());
  const col = <T>(pick: (m: OutgoingEmail) => T) => mails.map(pick);
  await bulkExecute(
    tx,
    Prisma.sql`
    INSERT INTO "EmailMessage" (id, template, "to", subject, html, text, sensitive, "userId", "badgeId", "messageId", "createdAt", "updatedAt")
    SELECT id, template, "to", subject, html, text, sensitive, user_id, badge_id, message_id, ${stamp}::timestamp(3), ${stamp}::timestamp(3)
    FROM unnest(
      ${ids}::text[], ${col((m) => m.template)}::text[], ${col((m) => m.to)}::text[], ${col((m) => m.subject)}::text[],
      ${col((m) => m.html ?? null)}::text[], ${col((m) => m.text ?? null)}::text[], ${col((m) => m.sensitive ?? false)}::boolean[],
      ${col((m) => m.userId ?? null)}::text[], ${col((m) => m.badgeId ?? null)}::text[], ${col(() => newMessageId(domain))}::text[]
    ) AS i(id, template, "to", subject, html, text, sensitive, user_id, badge_id, message_id)`,
  );
  const type = opts.jobType ?? SEND_EMAIL_JOB;
  await enqueueForEach(tx, type, ids, { payloadField: "emailMessageId", dedupePrefix: "email:" });
  return ids;
}

/** An account merge: the duplicate's messages now belong to the survivor. Returns how many moved. */
export async function reassignEmails(tx: Tx, fromUserId: string, toUserId: string): Promise<number> {
  return (await tx.emailMessage.updateMany({ where: { userId: fromUserId }, data: { userId: toUserId } })).count;
}

/**
 * Sends a failed message again: the message is queued and its delivery job given a fresh set of attempts (a new
 * job if retention has deleted it). Returns the message, or null when there is none with this id.
 */
export async function retryFailedEmail(tx: Tx, id: string) {
  const message = await tx.emailMessage.findUnique({
    where: { id },
    select: { id: true, status: true, to: true, userId: true },
  });
  if (!message) return null;
  if (message.status !== "FAILED") throw new DomainError("Only failed messages can be retried.");
  await tx.emailMessage.update({ where: { id }, data: { status: "QUEUED" } });
  const job = await findJobFor(tx, `email:${id}`, "emailMessageId", id);
  if (job) await rerunJob(tx, job);
  else await enqueue(tx, SEND_EMAIL_JOB, { emailMessageId: id });
  return message;
}

/** A failed message's job is being run again (an admin retried the job itself): the message is queued again too. */
export async function requeueFailedEmail(tx: Tx, id: string): Promise<void> {
  await tx.emailMessage.updateMany({ where: { id, status: "FAILED" }, data: { status: "QUEUED" } });
}
