import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { env } from "@/lib/env";
import { requireAdmin } from "@/lib/admin/guard";
import { SEND_EMAIL_JOB } from "@/lib/email/outbox";
import { enqueue, JOBS_CHANNEL } from "@/lib/jobs/queue";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/session-policy";
import { signInEmail } from "@/lib/email/templates/sign-in";
import { badgeIssuedEmail } from "@/lib/email/templates/badge-issued";
import { badgeReminderEmail } from "@/lib/email/templates/badge-reminder";
import { badgeRevokedEmail } from "@/lib/email/templates/badge-revoked";
import type { EmailStatus, JobStatus } from "@/lib/generated/prisma/enums";

const PAGE = 100;

/** Outgoing mail, newest first. Bodies are never listed: sensitive ones carry sign-in and claim links. */
export async function listEmails(filter: { status?: EmailStatus; to?: string } = {}) {
  await requireAdmin();
  const where = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.to ? { to: { contains: filter.to.toLowerCase() } } : {}),
  };
  const [rows, counts] = await Promise.all([
    db.emailMessage.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: PAGE,
      select: { id: true, template: true, to: true, subject: true, status: true, attempts: true, lastError: true, sensitive: true, createdAt: true, sentAt: true },
    }),
    db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { rows, counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<EmailStatus, number>> };
}

/** Jobs, newest first; payloads stay hidden (they may name records the page has no reason to show). */
export async function listJobs(filter: { status?: JobStatus; type?: string } = {}) {
  await requireAdmin();
  const where = { ...(filter.status ? { status: filter.status } : {}), ...(filter.type ? { type: filter.type } : {}) };
  const [rows, counts] = await Promise.all([
    db.job.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: PAGE,
      select: { id: true, type: true, status: true, attempts: true, maxAttempts: true, lastError: true, runAt: true, progressDone: true, progressTotal: true, createdAt: true, finishedAt: true },
    }),
    db.job.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { rows, counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<JobStatus, number>> };
}

/** Sends a failed message again: the message is queued and its delivery job given a fresh set of attempts. */
export async function retryEmail(id: string) {
  const viewer = await requireAdmin();
  return db.$transaction(async (tx) => {
    const message = await tx.emailMessage.findUnique({ where: { id }, select: { id: true, status: true, to: true, userId: true } });
    if (!message) notFound();
    if (message.status !== "FAILED") throw new DomainError("Only failed messages can be retried.");
    await tx.emailMessage.update({ where: { id }, data: { status: "QUEUED" } });
    const job = await tx.job.findFirst({ where: { type: SEND_EMAIL_JOB, payload: { path: ["emailMessageId"], equals: id } }, select: { id: true } });
    if (job) {
      await tx.job.update({
        where: { id: job.id },
        data: { status: "QUEUED", runAt: new Date(), attempts: 0, lockedAt: null, lockedBy: null, finishedAt: null },
      });
    } else {
      await enqueue(tx, SEND_EMAIL_JOB, { emailMessageId: id });
    }
    await audit(tx, { actorId: viewer.userId, action: "outbox.retry_email", targetType: "EmailMessage", targetId: id, candidateId: message.userId, detail: { to: message.to } });
    return { id };
  });
}

/** Runs a failed or cancelled job again from a fresh set of attempts (handlers are idempotent). */
export async function retryJob(id: string) {
  const viewer = await requireAdmin();
  return db.$transaction(async (tx) => {
    const job = await tx.job.findUnique({ where: { id }, select: { id: true, type: true, status: true, payload: true } });
    if (!job) notFound();
    if (job.status !== "FAILED" && job.status !== "CANCELLED") throw new DomainError("Only failed or cancelled jobs can be retried.");
    await tx.job.update({ where: { id }, data: { status: "QUEUED", runAt: new Date(), attempts: 0, lockedAt: null, lockedBy: null, finishedAt: null } });
    const payload = (job.payload ?? {}) as { emailMessageId?: string; importId?: string };
    if (job.type === SEND_EMAIL_JOB && payload.emailMessageId) {
      await tx.emailMessage.updateMany({ where: { id: payload.emailMessageId, status: "FAILED" }, data: { status: "QUEUED" } });
    }
    if (payload.importId) {
      await tx.importBatch.updateMany({ where: { id: payload.importId, status: "FAILED" }, data: { status: "QUEUED", error: null, finishedAt: null } });
    }
    await tx.$executeRaw`SELECT pg_notify(${JOBS_CHANNEL}, ${job.type})`;
    await audit(tx, { actorId: viewer.userId, action: "outbox.retry_job", targetType: "Job", targetId: id, detail: { type: job.type } });
    return { id };
  });
}

export const EMAIL_PREVIEWS = ["sign-in", "badge-issued", "badge-issued-auto", "badge-reminder", "badge-revoked"] as const;
export type EmailPreviewKey = (typeof EMAIL_PREVIEWS)[number];

/** The program's templates rendered with sample data, so admins see what candidates receive. */
export async function renderEmailPreview(key: EmailPreviewKey) {
  await requireAdmin();
  const issuer = env().ISSUER_NAME;
  const base = env().APP_URL.replace(/\/$/, "");
  const sample = { issuer, recipientName: "Ada Lovelace", badgeName: "Certified: Cloud Administrator Associate" };
  switch (key) {
    case "sign-in":
      return signInEmail({ url: `${base}/api/auth/callback/nodemailer?token=sample`, host: new URL(base).host, minutes: MAGIC_LINK_MINUTES, issuer });
    case "badge-issued":
      return badgeIssuedEmail({ ...sample, url: `${base}/claim/sample-token`, autoAccepted: false });
    case "badge-issued-auto":
      return badgeIssuedEmail({ ...sample, url: `${base}/badges/mine/sample`, autoAccepted: true });
    case "badge-reminder":
      return badgeReminderEmail({ ...sample, url: `${base}/claim/sample-token`, issuedOn: "14 March 2026" });
    case "badge-revoked":
      return badgeRevokedEmail({ ...sample, reason: "Issued in error to the wrong candidate.", url: `${base}/badges/sample` });
  }
}
