import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "@/lib/email/smtp-sink";
import { ownPostgres, until, type OwnPostgres } from "../support/own-postgres";

// A real worker process (the script production runs) delivering to a real SMTP server, on a PostgreSQL cluster of
// this file's own that the tests stop and start under it. The worker itself is never restarted.
let cluster: OwnPostgres;
let db: Db;
let sink: SmtpSink;
const received: ReceivedMail[] = [];
let mode: "accept" | "stall" = "accept";
let onAccepted: (mail: ReceivedMail) => Promise<void> | void = () => undefined;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  cluster = await ownPostgres();
  process.env.DATABASE_URL = await cluster.createDatabase("mail");
  db = (await import("@/lib/db")).db;
  sink = await startSmtpSink({
    onMail: async (mail) => {
      received.push(mail);
      await onAccepted(mail);
    },
    // Held at RCPT, a delivery is mid-conversation and nothing has been accepted yet.
    beforeRecipient: () =>
      new Promise<void>((resolve) => {
        const wait = () => (mode === "stall" ? setTimeout(wait, 20) : resolve());
        wait();
      }),
  });
}, 120_000);

afterEach(() => {
  for (const w of workers.splice(0)) {
    try {
      process.kill(-w.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
  mode = "accept";
  onAccepted = () => undefined;
});

afterAll(async () => {
  await sink?.close();
  await db?.$disconnect();
  await cluster?.start();
  await cluster?.destroy();
});

/**
 * `leaseSeconds`: how long a silent job stays its worker's. Short, a job whose worker lost the database mid-delivery
 * is taken again soon after it returns; it must still outlast any delivery, or a held one would be taken twice.
 */
function startWorker(leaseSeconds: number) {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/worker.ts"], {
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, JOB_LEASE_SECONDS: String(leaseSeconds) },
    stdio: "ignore",
    detached: true,
  });
  workers.push(child);
}

async function queue(count: number, tag: string) {
  const { queueEmail } = await import("@/lib/email/outbox");
  const to = Array.from({ length: count }, (_, i) => `${tag}.${i}@example.com`);
  await db.$transaction(
    async (tx) => {
      for (const address of to)
        await queueEmail(tx, {
          template: "test",
          to: address,
          subject: `Outage ${tag}`,
          text: "hi",
          html: "<p>hi</p>",
        });
    },
    { timeout: 60_000 },
  );
  return to;
}

const copiesTo = (address: string) => received.filter((m) => m.to === address);
const sentAmong = (to: string[]) => db.emailMessage.count({ where: { to: { in: to }, status: "SENT" } });

describe("mail delivery when PostgreSQL goes away", () => {
  it("delivers each of 200 messages exactly once across a 10 s outage in the middle", async () => {
    const to = await queue(200, "bulk");
    // Halfway, the mail server holds every new delivery mid-conversation; the database stops once what was
    // accepted is recorded as sent, so the outage falls on deliveries in flight and on the worker's claims, not on
    // the step between the server's acceptance and the record of it (the next test covers that one).
    let halfway = false;
    onAccepted = () => {
      if (received.length < 100 || halfway) return;
      halfway = true;
      mode = "stall";
    };
    startWorker(60);
    await until(() => halfway, 60_000, "half the messages");
    await new Promise((r) => setTimeout(r, 500)); // deliveries already past RCPT finish
    await until(async () => (await sentAmong(to)) === received.length, 10_000, "the accepted messages to be recorded");
    await cluster.stop();
    await new Promise((r) => setTimeout(r, 10_000));
    await cluster.start();
    // The deliveries held through the outage go on, and the worker records them and takes the rest.
    mode = "accept";

    await until(async () => (await sentAmong(to)) === 200, 60_000, "every message to be sent");
    await new Promise((r) => setTimeout(r, 1_000)); // a duplicate would have had its chance
    expect(to.map((address) => copiesTo(address).length)).toEqual(to.map(() => 1));
    const messages = await db.emailMessage.findMany({
      where: { to: { in: to } },
      select: { to: true, messageId: true },
    });
    for (const m of messages) expect(copiesTo(m.to)[0].messageId).toBe(m.messageId);
  }, 120_000);

  it("sends again, with the same Message-ID, a message the server accepted just as the database went away", async () => {
    const [address] = await queue(1, "window");
    const { messageId } = await db.emailMessage.findFirstOrThrow({ where: { to: address } });
    // The first copy is accepted only after PostgreSQL has stopped: the worker cannot record it as sent.
    let first = true;
    onAccepted = async () => {
      if (!first) return;
      first = false;
      await cluster.stop();
    };
    startWorker(3);
    await until(() => received.some((m) => m.to === address), 30_000, "the first copy");
    await new Promise((r) => setTimeout(r, 2_000));
    await cluster.start();
    await until(async () => (await sentAmong([address])) === 1, 30_000, "the message to be recorded as sent");
    // At least once: two copies, which a receiver can tell are one message by their Message-ID.
    expect(copiesTo(address).map((m) => m.messageId)).toEqual([messageId, messageId]);
  }, 60_000);
});
