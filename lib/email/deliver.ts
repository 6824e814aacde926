import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { isPermanentSmtpError, smtpTransport } from "@/lib/email/transport";
import { PermanentJobError, type JobContext } from "@/lib/jobs/types";
import { z } from "zod";

const payloadSchema = z.object({ emailMessageId: z.string().min(1) });

export type StoredEmail = {
  id: string;
  template: string;
  to: string;
  subject: string;
  html: string | null;
  text: string | null;
  sensitive: boolean;
  userId: string | null;
  badgeId: string | null;
  messageId: string;
};

/** A body made when the message leaves; `discard` undoes whatever making it did if the message was not delivered. */
export type BodyAtSend = { html: string; text: string; discard?: () => Promise<void> };

/**
 * What the job that queued a message adds to its delivery. Job types other than email.send use these to render a
 * body at send time and to record the outcome on their own records; the outbox never knows whose they are.
 */
export type DeliveryHooks = {
  /** The body of a message queued without one; null sends what is stored. */
  bodyAtSend?: (message: StoredEmail) => Promise<BodyAtSend | null>;
  /** Runs in the transaction that marks the message sent. */
  onSent?: (tx: Tx, message: StoredEmail) => Promise<void>;
  /** Runs once the message has failed for good. */
  onFailed?: (message: StoredEmail, reason: string) => Promise<void>;
};

/**
 * Delivers the EmailMessage named in a job's payload. Idempotent: a message already marked sent is not sent again.
 * The message is marked sent, failed or queued again here, and nowhere else.
 */
export async function deliverEmail({ db, job }: Pick<JobContext, "db" | "job">, hooks: DeliveryHooks = {}) {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw new PermanentJobError(`Bad payload: ${parsed.error.message}`);
  const message = await db.emailMessage.findUnique({ where: { id: parsed.data.emailMessageId } });
  if (!message) throw new PermanentJobError(`Email ${parsed.data.emailMessageId} does not exist`);
  if (message.status === "SENT") return { skipped: "already sent" };

  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) throw new Error("SMTP_URL is not set in the worker");
  const body = (await hooks.bodyAtSend?.(message)) ?? null;
  const failed = async (reason: string, final: boolean) => {
    await db.emailMessage.update({
      where: { id: message.id },
      data: { attempts: { increment: 1 }, lastError: reason, status: final ? "FAILED" : "QUEUED" },
    });
    if (final) await hooks.onFailed?.(message, reason);
  };
  if (!body && message.html === null && message.text === null) {
    // Queued for a job type that renders at send time, but run by one that does not: never send an empty message.
    const reason = `Email ${message.id} has no body and job type "${job.type}" renders none`;
    await failed(reason, true);
    throw new PermanentJobError(reason);
  }
  try {
    await smtpTransport(SMTP_URL).sendMail({
      from: MAIL_FROM,
      to: message.to,
      subject: message.subject,
      html: (body ? body.html : message.html) ?? undefined,
      text: (body ? body.text : message.text) ?? undefined,
      messageId: message.messageId,
    });
  } catch (error) {
    await body?.discard?.();
    const permanent = isPermanentSmtpError(error);
    const reason = error instanceof Error ? error.message : String(error);
    await failed(reason, permanent || job.attempts >= job.maxAttempts);
    throw permanent ? new PermanentJobError(reason) : error;
  }
  await db.$transaction(async (tx) => {
    await tx.emailMessage.update({
      where: { id: message.id },
      data: {
        status: "SENT",
        sentAt: new Date(),
        attempts: { increment: 1 },
        lastError: null,
        ...(message.sensitive ? { html: null, text: null } : {}),
      },
    });
    await hooks.onSent?.(tx, message);
  });
  return { sent: message.to };
}
