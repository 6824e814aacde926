import { db } from "@/lib/db";
import { jobHandlers } from "@/lib/jobs/handlers";
import { createWorker } from "@/lib/jobs/worker";

/** Runs every due job to completion, as the worker process would. */
export async function drainJobs() {
  return createWorker({ db, handlers: jobHandlers, id: "test-worker" }).drain();
}
