import { env } from "@/lib/env";
import { isPermanentSmtpError, smtpTransport } from "@/lib/email/transport";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";
import { z } from "zod";
import { renderBadgeMailAtSend, rendersAtSend } from "@/lib/badges/mail";

const payloadSchema = z.object({ emailMessageId: z.string().min(1) });

/** Delivers one EmailMessage. Idempotent: a message already marked sent is not sent again. */
export const sendEmailJob: JobHandler = async ({ db, job }) => {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw new PermanentJobError(`Bad payload: ${parsed.error.message}`);
  const message = await db.emailMessage.findUnique({ where: { id: parsed.data.emailMessageId } });
  if (!message) throw new PermanentJobError(`Email ${parsed.data.emailMessageId} does not exist`);
  if (message.status === "SENT") return { skipped: "already sent" };

  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) throw new Error("SMTP_URL is not set in the worker");
  // Bulk-issued badge messages are stored without a body (and without a claim link yet): render them now.
  const body = rendersAtSend(message) ? await renderBadgeMailAtSend(db, message) : null;
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
    await body?.discard();
    const permanent = isPermanentSmtpError(error);
    const reason = error instanceof Error ? error.message : String(error);
    const final = permanent || job.attempts >= job.maxAttempts;
    await db.emailMessage.update({
      where: { id: message.id },
      data: { attempts: { increment: 1 }, lastError: reason, status: final ? "FAILED" : "QUEUED" },
    });
    if (message.badgeId && final) {
      await db.badgeEvent.create({ data: { badgeId: message.badgeId, type: "EMAIL_FAILED", detail: { reason } } });
    }
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
    if (message.badgeId) {
      await tx.badgeEvent.create({ data: { badgeId: message.badgeId, type: "EMAIL_SENT", detail: { to: message.to } } });
    }
  });
  return { sent: message.to };
};
