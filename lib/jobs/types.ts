import type { Db } from "@/lib/db";

export type JobContext = {
  db: Db;
  job: { id: string; type: string; payload: unknown; attempts: number; maxAttempts: number };
  /** Record progress for pages that show it (imports). */
  progress: (done: number, total?: number) => Promise<void>;
};

/** Returns a small JSON-able result kept on the job, or nothing. */
export type JobHandler = (ctx: JobContext) => Promise<unknown>;

/** Thrown by a handler when retrying cannot help (a 5xx SMTP answer, a malformed payload). */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}
