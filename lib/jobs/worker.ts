import { hostname } from "node:os";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listen, type ChannelListener } from "@/lib/db/notifications";
import { retryDelayMs } from "@/lib/jobs/backoff";
import { JOBS_CHANNEL } from "@/lib/jobs/queue";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";

/** How often a draining worker looks for jobs whose worker died (their lease ran out). */
const REQUEUE_EVERY_MS = 5_000;

type ClaimedJob = { id: string; type: string; payload: unknown; attempts: number; maxAttempts: number };

export type WorkerOptions = {
  db: Db;
  handlers: Record<string, JobHandler>;
  id?: string;
  concurrency?: number;
  pollMs?: number;
  /** A RUNNING job whose worker has been silent this long is presumed dead and taken again. */
  leaseMs?: number;
  log?: (line: string) => void;
};

/**
 * Takes jobs with FOR UPDATE SKIP LOCKED, so any number of worker processes can share one queue and each job runs
 * once at a time. A job that throws is retried with capped, jittered backoff until maxAttempts, or failed at once
 * on a PermanentJobError. A worker that dies mid-job leaves it RUNNING; after the lease it is queued again, which is
 * why every handler must be idempotent.
 */
export function createWorker(opts: WorkerOptions) {
  const id = opts.id ?? `${hostname()}:${process.pid}`;
  const concurrency = opts.concurrency ?? 4;
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 5 * 60 * 1000;
  const log = opts.log ?? (() => undefined);
  const { db } = opts;
  let running = false;
  let wake: (() => void) | null = null;
  let listener: ChannelListener | null = null;

  async function requeueStale() {
    await db.$executeRaw`
      UPDATE "Job" SET status = 'QUEUED', "lockedAt" = NULL, "lockedBy" = NULL, "updatedAt" = now()
      WHERE status = 'RUNNING' AND "lockedAt" < now() - make_interval(secs => ${leaseMs / 1000})`;
  }

  async function claim(limit: number): Promise<ClaimedJob[]> {
    return db.$queryRaw<ClaimedJob[]>`
      UPDATE "Job" SET status = 'RUNNING', "lockedAt" = now(), "lockedBy" = ${id},
        attempts = attempts + 1, "updatedAt" = now()
      WHERE id IN (
        SELECT id FROM "Job" WHERE status = 'QUEUED' AND "runAt" <= now()
        ORDER BY "runAt", "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id, type, payload, attempts, "maxAttempts"`;
  }

  async function execute(job: ClaimedJob) {
    const handler = opts.handlers[job.type];
    try {
      if (!handler) throw new PermanentJobError(`No handler for job type "${job.type}"`);
      const result = await handler({
        db,
        job,
        progress: async (done, total) => {
          await db.job.update({
            where: { id: job.id },
            data: {
              progressDone: done,
              ...(total === undefined ? {} : { progressTotal: total }),
              lockedAt: new Date(),
            },
          });
        },
      });
      await db.job.update({
        where: { id: job.id },
        data: {
          status: "SUCCEEDED",
          finishedAt: new Date(),
          lockedAt: null,
          lastError: null,
          result: (result ?? undefined) as Prisma.InputJsonValue | undefined,
        },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentJobError;
      const giveUp = permanent || job.attempts >= job.maxAttempts;
      log(`job ${job.type} ${job.id} attempt ${job.attempts} failed${giveUp ? " for good" : ""}: ${message}`);
      if (giveUp && handler?.onGiveUp) {
        // Before the job is marked failed: a worker dying in between leaves the job to be taken again, not an
        // owner that never hears of it.
        await Promise.resolve()
          .then(() => handler.onGiveUp!({ db, job, error }))
          .catch((e: unknown) =>
            log(`job ${job.type} ${job.id} give-up handler failed: ${e instanceof Error ? e.message : String(e)}`),
          );
      }
      await db.job.update({
        where: { id: job.id },
        data: giveUp
          ? { status: "FAILED", lastError: message, finishedAt: new Date(), lockedAt: null }
          : {
              status: "QUEUED",
              lastError: message,
              lockedAt: null,
              lockedBy: null,
              runAt: new Date(Date.now() + retryDelayMs(job.attempts)),
            },
      });
    }
  }

  /**
   * Runs every job that is due, until none is left. Returns how many ran. Up to `concurrency` jobs run at once, and
   * freed slots are refilled as soon as half of them are free: waiting for a whole batch to finish left the worker
   * idle behind its slowest job (mail throughput rose by a quarter).
   */
  async function drain(): Promise<number> {
    let requeuedAt = 0;
    let count = 0;
    let failure: { error: unknown } | undefined; // execute() records job failures itself: this is the database failing
    const inFlight = new Set<Promise<void>>();
    for (;;) {
      if (failure) {
        await Promise.all(inFlight);
        throw failure.error;
      }
      const free = concurrency - inFlight.size;
      // Claim when half the slots are free, or when nothing runs (the last jobs may have queued more).
      if (free >= Math.ceil(concurrency / 2) || inFlight.size === 0) {
        // A busy worker may stay in here for long: keep taking back the jobs of dead workers as it goes.
        if (Date.now() - requeuedAt > REQUEUE_EVERY_MS) {
          await requeueStale();
          requeuedAt = Date.now();
        }
        const jobs = await claim(free);
        for (const job of jobs) {
          const run: Promise<void> = execute(job)
            .catch((error: unknown) => {
              failure ??= { error };
            })
            .finally(() => inFlight.delete(run));
          inFlight.add(run);
        }
        count += jobs.length;
        if (jobs.length === 0 && inFlight.size === 0) return count;
      }
      if (inFlight.size > 0) await Promise.race(inFlight);
    }
  }

  async function loop() {
    while (running) {
      try {
        const ran = await drain();
        if (ran > 0) continue;
      } catch (error) {
        log(`worker error: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  }

  return {
    id,
    drain,
    /**
     * Runs the loop; with `databaseUrl`, also listens for new jobs so an idle worker starts them at once. The
     * listener reconnects by itself after PostgreSQL comes back, and the poll covers whatever was announced while
     * it was away, so start() never waits for the database: a worker started during an outage just begins later.
     */
    async start(databaseUrl?: string) {
      running = true;
      if (databaseUrl)
        listener = listen(JOBS_CHANNEL, { onMessage: () => wake?.(), onGap: () => wake?.() }, { url: databaseUrl });
      void loop();
    },
    async stop() {
      running = false;
      wake?.();
      await listener?.close();
      listener = null;
    },
  };
}
