import type { Db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { renderEmailDirect } from "@/lib/email/templates/registry";
import { closeSmtpTransport } from "@/lib/email/transport";
import { jobHandlers } from "@/lib/jobs/handlers";
import { createWorker } from "@/lib/jobs/worker";

/**
 * How each message of a run gets its body: already written ("bench", the plain throughput of queue and worker),
 * from the template registry (React Email through its cached skeleton, lib/email/templates/render.ts), or
 * rendered through React Email for every message (what the skeleton saves).
 */
export type MailBodies = "prewritten" | "registry" | "react-email-each";

/**
 * Messages per second from queued to accepted by a local SMTP server, through the real worker and outbox. The time
 * is the delivery's alone, as this benchmark has always measured it, unless `withQueueing` (where the rendering is).
 */
export async function mailThroughput(
  db: Db,
  count: number,
  receivedSoFar: () => number,
  bodies: MailBodies = "prewritten",
  withQueueing = false,
) {
  // Only this measurement's messages: set aside what earlier stages (the import's badge emails) left queued.
  await db.job.updateMany({ where: { status: "QUEUED" }, data: { status: "CANCELLED" } });
  const before = receivedSoFar();
  const rows = Array.from({ length: count }, (_, i) => i);
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 500) {
    await db.$transaction(
      async (tx) => {
        for (const n of rows.slice(i, i + 500)) {
          const to = `mail${n}@bench.example`;
          const data = {
            url: `https://certs.example.org/api/auth/callback/nodemailer?token=${n}`,
            host: "certs.example.org",
            minutes: 10,
            issuer: "Bench",
          };
          if (bodies === "prewritten")
            await queueEmail(tx, {
              template: "bench",
              to,
              subject: `Message ${n}`,
              text: "Hello",
              html: "<p>Hello</p>",
            });
          else if (bodies === "registry") await queueEmail(tx, { template: "sign-in", data, to });
          else
            await queueEmail(tx, {
              ...(await renderEmailDirect({ template: "sign-in", data })),
              template: "sign-in",
              to,
            });
        }
      },
      { timeout: 120_000 },
    );
  }
  const from = withQueueing ? started : performance.now();
  await createWorker({ db, handlers: jobHandlers, concurrency: 16 }).drain();
  const seconds = (performance.now() - from) / 1000;
  closeSmtpTransport();
  const received = receivedSoFar() - before;
  if (received !== count) throw new Error(`only ${received} of ${count} messages arrived`);
  return { messages: count, seconds, perSecond: count / seconds };
}
