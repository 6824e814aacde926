import type { Db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { closeSmtpTransport } from "@/lib/email/transport";
import { jobHandlers } from "@/lib/jobs/handlers";
import { createWorker } from "@/lib/jobs/worker";

/** Messages per second from queued to accepted by a local SMTP server, through the real worker and outbox. */
export async function mailThroughput(db: Db, count: number, receivedSoFar: () => number) {
  // Only this measurement's messages: set aside what earlier stages (the import's badge emails) left queued.
  await db.job.updateMany({ where: { status: "QUEUED" }, data: { status: "CANCELLED" } });
  const before = receivedSoFar();
  const rows = Array.from({ length: count }, (_, i) => i);
  for (let i = 0; i < rows.length; i += 500) {
    await db.$transaction(async (tx) => {
      for (const n of rows.slice(i, i + 500)) {
        await queueEmail(tx, { template: "bench", to: `mail${n}@bench.example`, subject: `Message ${n}`, text: "Hello", html: "<p>Hello</p>" });
      }
    });
  }
  const started = performance.now();
  await createWorker({ db, handlers: jobHandlers, concurrency: 16 }).drain();
  const seconds = (performance.now() - started) / 1000;
  closeSmtpTransport();
  const received = receivedSoFar() - before;
  if (received !== count) throw new Error(`only ${received} of ${count} messages arrived`);
  return { messages: count, seconds, perSecond: count / seconds };
}
