import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/admin/guard";
import { startExamResultImport } from "@/lib/imports/exam-results/start";
import { asReport } from "@/lib/imports/exam-results/report";
import { cancelExamResultImport } from "@/lib/imports/exam-results/cancel";
import { parseInput } from "@/lib/validation/parse";
import { idSchema } from "@/lib/validation/catalogue";

/** Stores an uploaded file of exam results and queues its import; a malformed file is refused whole (DomainError). */
export async function uploadExamResults(
  file: { filename: string; contentType: string; bytes: Uint8Array; signal?: AbortSignal },
  via: "upload" | "api" = "upload",
) {
  const viewer = await requireAdmin();
  return startExamResultImport(db, { ...file, actorId: viewer.userId, via });
}

export async function listImports() {
  await requireAdmin();
  const batches = await db.importBatch.findMany({
    where: { kind: "EXAM_RESULTS" },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      filename: true,
      status: true,
      totalRows: true,
      processedRows: true,
      acceptedRows: true,
      rejectedRows: true,
      createdAt: true,
      finishedAt: true,
      createdBy: { select: { email: true } },
    },
  });
  return batches.map(({ createdBy, ...b }) => ({ ...b, createdBy: createdBy.email }));
}

/** An import's progress and, once it has run, its report. */
export async function getImport(id: string) {
  await requireAdmin();
  const batch = await db.importBatch.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      filename: true,
      contentType: true,
      contentSha256: true,
      status: true,
      totalRows: true,
      processedRows: true,
      acceptedRows: true,
      rejectedRows: true,
      report: true,
      error: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
      createdBy: { select: { email: true } },
    },
  });
  if (batch?.kind !== "EXAM_RESULTS") notFound();
  const job = await db.job.findUnique({
    where: { dedupeKey: `import:${id}` },
    select: { id: true, status: true, attempts: true, lastError: true, progressDone: true, progressTotal: true },
  });
  // Who cancelled it is in the audit log, the one record of it.
  const cancel =
    batch.status === "CANCELLED"
      ? await db.auditLog.findFirst({
          where: { action: "import.exam_results.cancel", targetType: "ImportBatch", targetId: id },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true, actor: { select: { email: true } } },
        })
      : null;
  const { createdBy, report, ...rest } = batch;
  return {
    ...rest,
    createdBy: createdBy.email,
    report: report ? asReport(report) : null,
    job,
    cancelledBy: cancel ? { email: cancel.actor?.email ?? "someone", at: cancel.createdAt } : null,
  };
}

/** Cancels a queued or running import; what was committed stays (lib/imports/exam-results/cancel.ts). */
export async function cancelImport(id: string) {
  const viewer = await requireAdmin();
  const input = parseInput(idSchema, { id });
  return cancelExamResultImport(db, input.id, viewer.userId);
}
