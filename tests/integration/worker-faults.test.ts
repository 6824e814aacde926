import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "@/lib/email/smtp-sink";
import { uniqueEmail } from "../support/factories";

// Real worker processes (the same script production runs) against this file's database and an SMTP server whose
// behaviour the test controls: refuse, stall, or accept.
const received: ReceivedMail[] = [];
let mode: "accept" | "refuse" | "stall" = "accept";
let sink: SmtpSink;
const workers: ChildProcess[] = [];

async function smtp() {
  sink ??= await startSmtpSink({
    onMail: (m) => void received.push(m),
    reject: () => (mode === "refuse" ? { code: 421, message: "service not available" } : null),
    beforeRecipient: () => stallWhile(() => mode === "stall"),
  });
  return sink;
}

/** Holds every RCPT until released: a worker killed now dies mid-delivery, before any message is accepted. */
function stallWhile(condition: () => boolean) {
  return new Promise<void>((resolve) => {
    const wait = () => (condition() ? setTimeout(wait, 50) : resolve());
    wait();
  });
}

/** A short lease lets a test see a dead worker's job taken back quickly; elsewhere it would cut held deliveries short. */
async function startWorker(leaseSeconds = 60) {
  const port = (await smtp()).port;
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/worker.ts"], {
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}`, JOB_LEASE_SECONDS: String(leaseSeconds) },
    stdio: "ignore",
    detached: true,
  });
  workers.push(child);
  return child;
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const kill = (child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") => {
  try {
    process.kill(-child.pid!, signal); // the whole group: tsx and the node process it starts
  } catch {
    /* already gone */
  }
};

afterEach(() => {
  for (const w of workers.splice(0)) kill(w, "SIGKILL");
  mode = "accept";
});
afterAll(async () => sink?.close());

async function queue(count: number) {
  const to = Array.from({ length: count }, () => uniqueEmail("fault"));
  await db.$transaction(async (tx) => {
    for (const address of to)
      await queueEmail(tx, { template: "test", to: address, subject: "Fault test", text: "hi", html: "<p>hi</p>" });
  });
  return to;
}

const deliveredTo = (address: string) => received.filter((m) => m.to === address).length;

describe("the worker under faults", () => {
  it("delivers every message exactly once after the mail server comes back", async () => {
    mode = "refuse";
    const to = await queue(15);
    await startWorker();
    await until(async () => (await db.emailMessage.count({ where: { to: { in: to }, attempts: { gte: 1 } } })) === 15);
    expect(to.map(deliveredTo).every((n) => n === 0)).toBe(true);
    mode = "accept";
    // Skip the backoff wait rather than sleeping through it.
    await db.job.updateMany({ where: { status: "QUEUED", type: "email.send" }, data: { runAt: new Date() } });
    await until(async () => (await db.emailMessage.count({ where: { to: { in: to }, status: "SENT" } })) === 15);
    expect(to.map(deliveredTo)).toEqual(to.map(() => 1));
  }, 60_000);

  it("redoes the job of a worker killed mid-delivery, without a duplicate", async () => {
    mode = "stall";
    const [to] = await queue(1);
    const message = await db.emailMessage.findFirstOrThrow({ where: { to } });
    const first = await startWorker(2);
    await until(async () => (await db.job.count({ where: { status: "RUNNING", type: "email.send" } })) === 1);
    await new Promise((r) => setTimeout(r, 500)); // the worker is now inside the SMTP conversation, held at RCPT
    expect(deliveredTo(to)).toBe(0);
    kill(first, "SIGKILL");
    mode = "accept";
    await startWorker(2);
    await until(async () => (await db.emailMessage.count({ where: { to, status: "SENT" } })) === 1);
    await new Promise((r) => setTimeout(r, 1500)); // give a duplicate every chance to appear
    expect(deliveredTo(to)).toBe(1);
    const job = await db.job.findFirstOrThrow({ where: { payload: { equals: { emailMessageId: message.id } } } });
    expect(job).toMatchObject({ status: "SUCCEEDED", attempts: 2 }); // the dead worker's attempt, then the redo
  }, 60_000);

  it("lets two worker processes share one queue, each message once", async () => {
    // Deliveries are held until both workers hold jobs, so the test shows both taking part, not just one.
    mode = "stall";
    const to = await queue(40);
    const ids = (await db.emailMessage.findMany({ where: { to: { in: to } }, select: { id: true } })).map((m) => m.id);
    await Promise.all([startWorker(), startWorker()]);
    const holders = async () => {
      const running = await db.job.findMany({
        where: { type: "email.send", status: "RUNNING" },
        select: { lockedBy: true, payload: true },
      });
      return new Set(
        running
          .filter((j) => ids.includes((j.payload as { emailMessageId: string }).emailMessageId))
          .map((j) => j.lockedBy),
      ).size;
    };
    await until(async () => (await holders()) === 2);
    mode = "accept";
    await until(async () => (await db.emailMessage.count({ where: { to: { in: to }, status: "SENT" } })) === 40);
    expect(to.map(deliveredTo)).toEqual(to.map(() => 1));
  }, 60_000);
});
