import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { env } from "@/lib/env";
import { requeueFailedEmail, retryFailedEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/templates/registry";
import { rerunJob } from "@/lib/jobs/manage";
import { requireAdmin } from "@/lib/admin/guard";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/session-policy";
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
      select: {
        id: true,
        template: true,
        to: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        sensitive: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db.emailMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    rows,
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<EmailStatus, number>>,
  };
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
      select: {
        id: true,
        type: true,
        status: true,
        attempts: true,
        maxAttempts: true,
        lastError: true,
        runAt: true,
        progressDone: true,
        progressTotal: true,
        createdAt: true,
        finishedAt: true,
      },
    }),
    db.job.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    rows,
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<JobStatus, number>>,
  };
}

/** Sends a failed message again: the message is queued and its delivery job given a fresh set of attempts. */
export async function retryEmail(id: string) {
  const viewer = await requireAdmin();
  return db.$transaction(async (tx) => {
    const message = await retryFailedEmail(tx, id);
    if (!message) notFound();
    await audit(tx, {
      actorId: viewer.userId,
      action: "outbox.retry_email",
      targetType: "EmailMessage",
      targetId: id,
      candidateId: message.userId,
      detail: { to: message.to },
    });
    return { id };
  });
}

/** Runs a failed or cancelled job again from a fresh set of attempts (handlers are idempotent). */
export async function retryJob(id: string) {
  const viewer = await requireAdmin();
  return db.$transaction(async (tx) => {
    const job = await tx.job.findUnique({
      where: { id },
      select: { id: true, type: true, status: true, payload: true },
    });
    if (!job) notFound();
    if (job.status !== "FAILED" && job.status !== "CANCELLED")
      throw new DomainError("Only failed or cancelled jobs can be retried.");
    await rerunJob(tx, job);
    const payload = (job.payload ?? {}) as { emailMessageId?: string; importId?: string };
    if (payload.emailMessageId) await requeueFailedEmail(tx, payload.emailMessageId);
    if (payload.importId) {
      await tx.importBatch.updateMany({
        where: { id: payload.importId, status: "FAILED" },
        data: { status: "QUEUED", error: null, finishedAt: null },
      });
    }
    await audit(tx, {
      actorId: viewer.userId,
      action: "outbox.retry_job",
      targetType: "Job",
      targetId: id,
      detail: { type: job.type },
    });
    return { id };
  });
}

export const EMAIL_PREVIEWS = [
  "sign-in",
  "badge-issued",
  "badge-issued-auto",
  "badge-reminder",
  "badge-revoked",
] as const;
export type EmailPreviewKey = (typeof EMAIL_PREVIEWS)[number];

/** The program's templates rendered with sample data, so admins see what candidates receive. */
export async function renderEmailPreview(key: EmailPreviewKey) {
  await requireAdmin();
  const issuer = env().ISSUER_NAME;
  const base = env().APP_URL.replace(/\/$/, "");
  const sample = { issuer, recipientName: "Ada Lovelace", badgeName: "Certified: Cloud Administrator Associate" };
  switch (key) {
    case "sign-in":
      return renderEmail({
        template: "sign-in",
        data: {
          url: `${base}/api/auth/callback/nodemailer?token=sample`,
          host: new URL(base).host,
          minutes: MAGIC_LINK_MINUTES,
          issuer,
        },
      });
    case "badge-issued":
      return renderEmail({
        template: "badge-issued",
        data: { ...sample, url: `${base}/claim/sample-token`, autoAccepted: false },
      });
    case "badge-issued-auto":
      return renderEmail({
        template: "badge-issued",
        data: { ...sample, url: `${base}/badges/mine/sample`, autoAccepted: true },
      });
    case "badge-reminder":
      return renderEmail({
        template: "badge-reminder",
        data: { ...sample, url: `${base}/claim/sample-token`, issuedOn: "14 March 2026" },
      });
    case "badge-revoked":
      return renderEmail({
        template: "badge-revoked",
        data: { ...sample, reason: "Issued in error to the wrong candidate.", url: `${base}/badges/sample` },
      });
  }
}
