import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { notify } from "@/lib/db/notify";

export const JOBS_CHANNEL = "certdash_jobs";

export type EnqueueOptions = {
  /** Enqueueing work with a key that already exists is a no-op: the same work is never queued twice. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
  progressTotal?: number;
};

/**
 * Queues a job inside the caller's transaction, so the job exists exactly when the change that needs it commits.
 * Returns the job id (the existing one's when deduplicated).
 */
export async function enqueue(tx: Tx, type: string, payload: Prisma.InputJsonValue, opts: EnqueueOptions = {}) {
  const data = {
    type,
    payload,
    dedupeKey: opts.dedupeKey,
    runAt: opts.runAt ?? new Date(),
    maxAttempts: opts.maxAttempts ?? 8,
    progressTotal: opts.progressTotal,
  };
  let job: { id: string };
  if (opts.dedupeKey) {
    // INSERT ... ON CONFLICT DO NOTHING: a concurrent enqueue of the same key waits for ours and then inserts
    // nothing (an upsert would fail on the unique key instead).
    const [created] = await tx.job.createManyAndReturn({ data: [data], skipDuplicates: true, select: { id: true } });
    job = created ?? (await tx.job.findUniqueOrThrow({ where: { dedupeKey: opts.dedupeKey }, select: { id: true } }));
  } else {
    job = await tx.job.create({ data, select: { id: true } });
  }
  // Delivered on commit; wakes idle workers at once instead of at their next poll.
  await notify(tx, JOBS_CHANNEL, type);
  return job.id;
}
