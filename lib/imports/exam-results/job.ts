import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bulkExecute, bulkQuery, bulkTransaction } from "@/lib/db/bulk-statements";
import { DomainError } from "@/lib/errors";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";
import { chunkBounds, inCandidateOrder } from "@/lib/imports/exam-results/chunks";
import { runOrderedSteps } from "@/lib/jobs/ordered-steps";
import { duplicateSourceIds, formatOf, readExamResultFile, type RawRow } from "@/lib/imports/exam-results/parse";
import {
  processExamResultChunk,
  type ChunkContext,
  type ExamCatalogueEntry,
} from "@/lib/imports/exam-results/process-chunk";
import { asReport, mergeReports } from "@/lib/imports/exam-results/report";
import { describeImportFailure } from "@/lib/imports/exam-results/failure";

export const EXAM_RESULT_IMPORT_JOB = "import.exam-results";

/** Rows per transaction: large enough to amortise the fixed queries, small enough to keep locks short. */
export const IMPORT_CHUNK_ROWS = 1000;

/**
 * Chunks in flight at once. An import is a conversation: while PostgreSQL writes one chunk, Node is idle, and the
 * other way round. Two chunks side by side keep both busy: 100,000 rows on two cores, measured the same way, took
 * 22 s one at a time and about 15 s two at a time (docs/benchmarks.md has the benchmark's own figures).
 */
export const IMPORT_CONCURRENCY = 2;

const payloadSchema = z.object({ importId: z.string().min(1) });

/** Thrown inside a chunk's transaction when an admin cancelled the import: the chunk rolls back, the job stops. */
class ImportCancelled extends Error {}

async function loadExams(db: Db) {
  const exams = await db.exam.findMany({ select: { id: true, code: true, status: true, retiredOn: true } });
  return new Map<string, ExamCatalogueEntry>(
    exams.map((e) => [e.code.toUpperCase(), { id: e.id, retiredOn: e.status === "RETIRED" ? e.retiredOn : null }]),
  );
}

/**
 * Runs an exam-results import in chunks of the rows in candidate order (chunks.ts), two at a time. Each chunk
 * commits together with the batch's progress and running report, in order, so a worker that dies mid-import
 * resumes after the last committed chunk and the final state is the same as an uninterrupted run (and a chunk
 * applied twice would change nothing: results are keyed by source record id). Chunks that share a candidate take
 * turns through the candidate's record lock (processExamResultChunk), so each sees the other's results as a
 * one-at-a-time import would.
 */
export const examResultImportJob: JobHandler = async ({ db, job, progress }) => {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw new PermanentJobError(`Bad payload: ${parsed.error.message}`);
  const importId = parsed.data.importId;
  const batch = await db.importBatch.findUnique({ where: { id: importId }, omit: { content: false } });
  if (!batch) throw new PermanentJobError(`Import ${importId} does not exist`);
  if (batch.status === "COMPLETED") return { skipped: "already completed" };
  if (batch.status === "CANCELLED") return { skipped: "cancelled" };

  let rows: RawRow[];
  try {
    rows = readExamResultFile(batch.content, formatOf(batch.contentType));
  } catch (error) {
    // Checked at upload, so only a changed parser could get here; retrying would not help.
    const message = error instanceof DomainError ? error.message : String(error);
    await db.importBatch.update({
      where: { id: importId },
      data: { status: "FAILED", error: message, finishedAt: new Date() },
    });
    throw new PermanentJobError(message);
  }
  // Conditional: an admin may have cancelled it since it was read.
  const started = await db.importBatch.updateMany({
    where: { id: importId, status: { not: "CANCELLED" } },
    data: { status: "RUNNING", startedAt: batch.startedAt ?? new Date(), totalRows: rows.length, error: null },
  });
  if (started.count === 0) return { skipped: "cancelled" };

  const ctx: ChunkContext = {
    importId,
    actorId: batch.createdById,
    exams: await loadExams(db),
    duplicates: duplicateSourceIds(rows),
  };
  const ordered = inCandidateOrder(rows);
  let report = asReport(batch.report);
  try {
    await runOrderedSteps(
      chunkBounds(ordered, batch.processedRows, IMPORT_CHUNK_ROWS),
      IMPORT_CONCURRENCY,
      async ({ start, end }, turn) => {
        const chunk = ordered.slice(start, end);
        // Bulk statements of the chunk go straight to the transaction's connection (see lib/db/bulk-statements.ts).
        const merged = await bulkTransaction(
          db,
          async (tx) => {
            const chunkReport = await processExamResultChunk(tx, chunk, ctx, {
              mayLock: () => turn.previousCheckpoint,
              locked: turn.checkpoint,
            });
            turn.checkpoint();
            // Commits stay in order, so processedRows always ends a run of committed chunks and a resumed import
            // starts right after it. The row lock serialises two workers that both think they own the import (one
            // presumed dead by its lease); NO KEY UPDATE, because the next chunk's results hold a key-share lock on it.
            await turn.previousDone;
            // The cancel (lib/admin/imports/imports.ts) takes the same row lock, so a chunk either commits before it or sees it.
            const [current] = await bulkQuery<{ processedRows: number; status: string }>(
              tx,
              Prisma.sql`
            SELECT "processedRows", status::text FROM "ImportBatch" WHERE id = ${importId} FOR NO KEY UPDATE`,
            );
            if (current.status === "CANCELLED") throw new ImportCancelled();
            if (current.processedRows !== start)
              throw new Error(`Import ${importId} moved on under another worker; retrying`);
            const total = mergeReports(report, chunkReport);
            await bulkExecute(
              tx,
              Prisma.sql`
            UPDATE "ImportBatch"
            SET "processedRows" = ${end}, "acceptedRows" = ${total.accepted}, "rejectedRows" = ${total.rejectedCount},
                report = ${JSON.stringify(total)}::jsonb
            WHERE id = ${importId}`,
            );
            return total;
          },
          { timeout: 120_000, maxWait: 15_000 },
        );
        report = merged;
        await progress(end, rows.length);
      },
    );
  } catch (error) {
    if (!(error instanceof ImportCancelled)) throw error;
    const { rejected: _details, ...summary } = report;
    return { cancelled: true, ...summary };
  }

  await db.importBatch.updateMany({
    where: { id: importId, status: "RUNNING" },
    data: { status: "COMPLETED", finishedAt: new Date() },
  });
  const { rejected: _details, ...summary } = report;
  return summary;
};

/**
 * The job gave up (its last attempt failed, or a PermanentJobError): the import ends FAILED with the reason in words,
 * instead of showing "running" for ever. An import already ended (failed at parsing, cancelled) is left as it is.
 */
examResultImportJob.onGiveUp = async ({ db, job, error }) => {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) return;
  await db.importBatch.updateMany({
    where: { id: parsed.data.importId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", error: describeImportFailure(error, job.attempts), finishedAt: new Date() },
  });
};
