import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bulkExecute, bulkQuery, bulkTransaction } from "@/lib/db/bulk-statements";
import { DomainError } from "@/lib/errors";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";
import { duplicateSourceIds, formatOf, readExamResultFile, type RawRow } from "@/lib/imports/exam-results/parse";
import { processExamResultChunk, type ChunkContext, type ExamCatalogueEntry } from "@/lib/imports/exam-results/process-chunk";
import { asReport, mergeReports } from "@/lib/imports/exam-results/report";

export const EXAM_RESULT_IMPORT_JOB = "import.exam-results";

/** Rows per transaction: large enough to amortise the fixed queries, small enough to keep locks short. */
export const IMPORT_CHUNK_ROWS = 1000;

const payloadSchema = z.object({ importId: z.string().min(1) });

async function loadExams(db: Db) {
  const exams = await db.exam.findMany({ select: { id: true, code: true, status: true, retiredOn: true } });
  return new Map<string, ExamCatalogueEntry>(
    exams.map((e) => [e.code.toUpperCase(), { id: e.id, retiredOn: e.status === "RETIRED" ? e.retiredOn : null }]),
  );
}

/**
 * Runs an exam-results import in chunks. Each chunk commits together with the batch's progress and running report,
 * so a worker that dies mid-import resumes after the last committed chunk and the final state is the same as an
 * uninterrupted run (and a chunk applied twice would change nothing: results are keyed by source record id).
 */
export const examResultImportJob: JobHandler = async ({ db, job, progress }) => {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw new PermanentJobError(`Bad payload: ${parsed.error.message}`);
  const importId = parsed.data.importId;
  const batch = await db.importBatch.findUnique({ where: { id: importId }, omit: { content: false } });
  if (!batch) throw new PermanentJobError(`Import ${importId} does not exist`);
  if (batch.status === "COMPLETED") return { skipped: "already completed" };

  let rows: RawRow[];
  try {
    rows = readExamResultFile(batch.content, formatOf(batch.contentType));
  } catch (error) {
    // Checked at upload, so only a changed parser could get here; retrying would not help.
    const message = error instanceof DomainError ? error.message : String(error);
    await db.importBatch.update({ where: { id: importId }, data: { status: "FAILED", error: message, finishedAt: new Date() } });
    throw new PermanentJobError(message);
  }
  await db.importBatch.update({
    where: { id: importId },
    data: { status: "RUNNING", startedAt: batch.startedAt ?? new Date(), totalRows: rows.length, error: null },
  });

  const ctx: ChunkContext = { importId, actorId: batch.createdById, exams: await loadExams(db), duplicates: duplicateSourceIds(rows) };
  let report = asReport(batch.report);
  for (let start = batch.processedRows; start < rows.length; start += IMPORT_CHUNK_ROWS) {
    const chunk = rows.slice(start, start + IMPORT_CHUNK_ROWS);
    // Bulk statements of the chunk go straight to the transaction's connection (see lib/db/bulk-statements.ts).
    report = await bulkTransaction(
      db,
      async (tx) => {
        // The row lock serialises two workers that both think they own the import (one presumed dead by its lease).
        const [current] = await bulkQuery<{ processedRows: number }>(tx, Prisma.sql`
          SELECT "processedRows" FROM "ImportBatch" WHERE id = ${importId} FOR UPDATE`);
        if (current.processedRows !== start) throw new Error(`Import ${importId} moved on under another worker; retrying`);
        const chunkReport = await processExamResultChunk(tx, chunk, ctx);
        const merged = mergeReports(report, chunkReport);
        await bulkExecute(tx, Prisma.sql`
          UPDATE "ImportBatch"
          SET "processedRows" = ${start + chunk.length}, "acceptedRows" = ${merged.accepted}, "rejectedRows" = ${merged.rejectedCount},
              report = ${JSON.stringify(merged)}::jsonb
          WHERE id = ${importId}`);
        return merged;
      },
      { timeout: 120_000, maxWait: 15_000 },
    );
    await progress(start + chunk.length, rows.length);
  }

  await db.importBatch.update({ where: { id: importId }, data: { status: "COMPLETED", finishedAt: new Date() } });
  const { rejected: _details, ...summary } = report;
  return summary;
};
