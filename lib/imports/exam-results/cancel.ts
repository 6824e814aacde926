import type { Db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { cancelQueuedJob } from "@/lib/jobs/manage";

export type CancelledImport = { id: string; wasRunning: boolean; processedRows: number; totalRows: number };

/**
 * Cancels a queued or running exam-results import. Chunks already committed stay (their results may already have
 * earned certifications and badges); a queued job is cancelled outright, a running one stops at its next chunk
 * boundary, where it reads the batch under the same row lock (job.ts) and rolls that chunk back. Cannot be undone.
 * Not a data access function: callers have checked who is asking (and, for a partner, that the import is theirs).
 */
export async function cancelExamResultImport(db: Db, id: string, actorId: string): Promise<CancelledImport> {
  return db.$transaction(
    async (tx) => {
      // NO KEY UPDATE, as the chunks take: a stronger lock would wait on the key-share locks the running chunks'
      // results hold on this row while those chunks wait for it.
      const [batch] = await tx.$queryRaw<{ status: string; kind: string; processedRows: number; totalRows: number }[]>`
        SELECT status::text, kind::text, "processedRows", "totalRows" FROM "ImportBatch" WHERE id = ${id} FOR NO KEY UPDATE`;
      if (batch?.kind !== "EXAM_RESULTS") throw new NotFoundError("That import");
      if (batch.status !== "QUEUED" && batch.status !== "RUNNING") {
        throw new DomainError(
          `This import has already ${batch.status === "CANCELLED" ? "been cancelled" : batch.status === "FAILED" ? "failed" : "completed"}; only a queued or running import can be cancelled.`,
        );
      }
      const now = new Date();
      await tx.importBatch.update({ where: { id }, data: { status: "CANCELLED", finishedAt: now } });
      // A job not yet taken never starts; a running one finds the batch cancelled at its next chunk.
      await cancelQueuedJob(tx, `import:${id}`, now);
      await audit(tx, {
        actorId,
        action: "import.exam_results.cancel",
        targetType: "ImportBatch",
        targetId: id,
        detail: { previousStatus: batch.status, processedRows: batch.processedRows, totalRows: batch.totalRows },
      });
      return {
        id,
        wasRunning: batch.status === "RUNNING",
        processedRows: batch.processedRows,
        totalRows: batch.totalRows,
      };
    },
    { timeout: 30_000, maxWait: 15_000 },
  );
}
