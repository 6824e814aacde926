// The job worker: delivers mail and runs bulk work. Several can run against one database.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { jobHandlers } from "@/lib/jobs/handlers";
import { createWorker } from "@/lib/jobs/worker";

const e = env();
const worker = createWorker({ db, handlers: jobHandlers, log: (line) => console.log(`[worker] ${line}`) });
await worker.start(e.DATABASE_URL);
console.log(`[worker] ${worker.id} taking jobs`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void worker.stop().then(() => db.$disconnect()).finally(() => process.exit(0));
  });
}
