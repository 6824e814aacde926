import type { Tx } from "@/lib/db";
import { bulkExecute } from "@/lib/db/bulk-statements";
import { newId, sqlTimestamp } from "@/lib/db/bulk-values";
import { notify } from "@/lib/db/notify";
import { Prisma } from "@/lib/generated/prisma/client";
import { JOBS_CHANNEL } from "@/lib/jobs/queue";

/**
 * Everything besides enqueue() and the worker that writes Job rows. Other modules queue, retry, cancel and clean up
 * jobs through these, so the queue's table has one owner.
 */

export type NewJob = {
  type: string;
  payload: Prisma.InputJsonValue;
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
};

/**
 * enqueue() for many jobs at once, in the caller's transaction: one set-based statement whatever the count (the
 * bulk badge mail queued a thousand jobs through the ORM at about a millisecond each), then one wake-up per job
 * type. A job whose dedupe key already exists is skipped, as enqueue() skips it.
 */
export async function enqueueMany(tx: Tx, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const now = new Date();
  const stamp = sqlTimestamp(now);
  const col = <T>(pick: (j: NewJob) => T) => jobs.map(pick);
  await bulkExecute(
    tx,
    Prisma.sql`
    INSERT INTO "Job" (id, type, payload, "dedupeKey", "runAt", "maxAttempts", "createdAt", "updatedAt")
    SELECT id, type, payload::jsonb, dedupe_key, run_at::timestamp(3), max_attempts, ${stamp}::timestamp(3), ${stamp}::timestamp(3)
    FROM unnest(
      ${col(() => newId())}::text[], ${col((j) => j.type)}::text[], ${col((j) => JSON.stringify(j.payload))}::text[],
      ${col((j) => j.dedupeKey ?? null)}::text[], ${col((j) => sqlTimestamp(j.runAt ?? now))}::text[], ${col((j) => j.maxAttempts ?? 8)}::int[]
    ) AS j(id, type, payload, dedupe_key, run_at, max_attempts)
    ON CONFLICT ("dedupeKey") DO NOTHING`,
  );
  for (const type of new Set(col((j) => j.type))) await notify(tx, JOBS_CHANNEL, type);
}

/**
 * One job of `type` for each of `ids`, whose payload is `{ [payloadField]: id }` and dedupe key `dedupePrefix + id`:
 * enqueueMany() for the bulk paths, with PostgreSQL building the payloads and keys from one array. Sending them as
 * three arrays of text (and parsing a JSON document per row) made an import of 100,000 results about a tenth slower.
 */
export async function enqueueForEach(
  tx: Tx,
  type: string,
  ids: string[],
  opts: { payloadField: string; dedupePrefix: string },
): Promise<void> {
  if (ids.length === 0) return;
  const stamp = sqlTimestamp(new Date());
  await bulkExecute(
    tx,
    Prisma.sql`
    INSERT INTO "Job" (id, type, payload, "dedupeKey", "runAt", "createdAt", "updatedAt")
    SELECT job_id, ${type}::text, jsonb_build_object(${opts.payloadField}::text, x), ${opts.dedupePrefix}::text || x,
      ${stamp}::timestamp(3), ${stamp}::timestamp(3), ${stamp}::timestamp(3)
    FROM unnest(${ids.map(() => newId())}::text[], ${ids}::text[]) AS j(job_id, x)
    ON CONFLICT ("dedupeKey") DO NOTHING`,
  );
  await notify(tx, JOBS_CHANNEL, type);
}

/** The job that carries `dedupeKey`, or else the newest whose payload has `field` = `value` (a slower search). */
export async function findJobFor(tx: Tx, dedupeKey: string, field: string, value: string) {
  const select = { id: true, type: true, status: true } as const;
  return (
    (await tx.job.findUnique({ where: { dedupeKey }, select })) ??
    (await tx.job.findFirst({
      where: { payload: { path: [field], equals: value } },
      orderBy: { createdAt: "desc" },
      select,
    }))
  );
}

/** Runs a job again from a fresh set of attempts, now (handlers are idempotent), and wakes the workers. */
export async function rerunJob(tx: Tx, job: { id: string; type: string }): Promise<void> {
  await tx.job.update({
    where: { id: job.id },
    data: { status: "QUEUED", runAt: new Date(), attempts: 0, lockedAt: null, lockedBy: null, finishedAt: null },
  });
  await notify(tx, JOBS_CHANNEL, job.type);
}

/** Cancels the job with this dedupe key if no worker has taken it yet; a running one is left to notice by itself. */
export async function cancelQueuedJob(tx: Tx, dedupeKey: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.job.updateMany({
    where: { dedupeKey, status: "QUEUED" },
    data: { status: "CANCELLED", finishedAt: now },
  });
  return count === 1;
}

/**
 * A statement deleting at most `limit` finished jobs that finished before `before`: succeeded ones, or failed and
 * cancelled ones (kept longer, for whoever looks into them). A job runs after its runAt, so "runAt" < cut-off holds
 * for every job finished before it, and lets the search use the (status, runAt) index rather than read the whole
 * queue. The retention job runs it in batches.
 */
export function finishedJobsDeletion(kind: "succeeded" | "failed", before: Date, limit: number): Prisma.Sql {
  const statuses =
    kind === "succeeded" ? Prisma.sql`status = 'SUCCEEDED'` : Prisma.sql`status IN ('FAILED', 'CANCELLED')`;
  return Prisma.sql`
    DELETE FROM "Job" WHERE id IN (
      SELECT id FROM "Job" WHERE ${statuses} AND "runAt" < ${before} AND "finishedAt" < ${before} LIMIT ${limit})`;
}
