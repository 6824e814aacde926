import type { Db } from "@/lib/db";

export type JobContext = {
  db: Db;
  job: { id: string; type: string; payload: unknown; attempts: number; maxAttempts: number };
  /** Record progress for pages that show it (imports). */
  progress: (done: number, total?: number) => Promise<void>;
};

/**
 * Called once when a job fails for good (a PermanentJobError, or its last attempt), so the job's owner (an import,
 * say) ends in a visible failed state instead of waiting forever. `error` is the last attempt's; the raw message
 * stays on the job's lastError. A give-up handler that throws is logged and does not stop the job being failed.
 */
export type JobGiveUp = (ctx: { db: Db; job: JobContext["job"]; error: unknown }) => Promise<void>;

/** Returns a small JSON-able result kept on the job, or nothing. */
export type JobHandler = ((ctx: JobContext) => Promise<unknown>) & { onGiveUp?: JobGiveUp };

/** Thrown by a handler when retrying cannot help (a 5xx SMTP answer, a malformed payload). */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}
