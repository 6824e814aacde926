// The job worker: delivers mail and runs bulk work. Several can run against one database.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { jobHandlers, recurringJobs } from "@/lib/jobs/handlers";
import { createWorker } from "@/lib/jobs/worker";
import { enqueueDueSchedules } from "@/lib/jobs/schedule";

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
const tick = () => enqueueDueSchedules(db, recurringJobs).catch((error) => console.error(`[worker] scheduling failed: ${error}`));
await tick();
const timer = setInterval(tick, 60_000);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    clearInterval(timer);
    void worker.stop().then(() => db.$disconnect()).finally(() => process.exit(0));
  });
}
