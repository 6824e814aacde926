// The job worker: delivers mail and runs bulk work. Several can run against one database (count them in
// JOB_WORKERS, which sizes every process's share of the database connections).
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { setProcessKind } from "@/lib/db/pool-settings";
import { jobHandlers, recurringJobs } from "@/lib/jobs/handlers";
import { createWorker } from "@/lib/jobs/worker";
import { enqueueDueSchedules } from "@/lib/jobs/schedule";

setProcessKind("worker");
const e = env();
const worker = createWorker({
  db,
  handlers: jobHandlers,
  leaseMs: e.JOB_LEASE_SECONDS * 1000,
  log: (line) => console.log(`[worker] ${line}`),
});
await worker.start(e.DATABASE_URL);
console.log(`[worker] ${worker.id} taking jobs`);

// Recurring work (reminders, inactivity) is enqueued once per period whichever worker gets there first.
const tick = () =>
  enqueueDueSchedules(db, recurringJobs).catch((error) => console.error(`[worker] scheduling failed: ${error}`));
await tick();
const timer = setInterval(tick, 60_000);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    clearInterval(timer);
    void worker
      .stop()
      .then(() => db.$disconnect())
      .finally(() => process.exit(0));
  });
}
