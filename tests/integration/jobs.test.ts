import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/queue";
import { createWorker } from "@/lib/jobs/worker";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";

function worker(handlers: Record<string, JobHandler>, id = "w") {
  return createWorker({ db, handlers, id, concurrency: 3 });
}

describe("the job queue", () => {
  it("queues work once per dedupe key", async () => {
    const a = await db.$transaction((tx) => enqueue(tx, "noop", { n: 1 }, { dedupeKey: "same-work" }));
    const b = await db.$transaction((tx) => enqueue(tx, "noop", { n: 2 }, { dedupeKey: "same-work" }));
    expect(b).toBe(a);
    expect(await db.job.count({ where: { dedupeKey: "same-work" } })).toBe(1);
  });

  it("does not queue work whose transaction rolled back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueue(tx, "noop", {}, { dedupeKey: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count({ where: { dedupeKey: "rolled-back" } })).toBe(0);
  });

  it("keeps its slots busy: one slow job does not hold back the jobs queued after it", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const fastDone: number[] = [];
    await db.$transaction((tx) => enqueue(tx, "slow", {}));
    for (let n = 0; n < 6; n++) await db.$transaction((tx) => enqueue(tx, "fast", { n }));
    const draining = worker({
      slow: async () => {
        await released;
        return { slowSawFast: fastDone.length };
      },
      fast: async ({ job }) => void fastDone.push((job.payload as { n: number }).n),
    }).drain();
    // All six fast jobs finish while the slow one still holds its slot (three slots in all).
    for (let i = 0; i < 200 && fastDone.length < 6; i++) await new Promise((r) => setTimeout(r, 10));
    expect(fastDone.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    release();
    await draining;
    const slow = await db.job.findFirstOrThrow({ where: { type: "slow" } });
    expect(slow).toMatchObject({ status: "SUCCEEDED", result: { slowSawFast: 6 } });
  });

  it("retries a failing job later, then succeeds", async () => {
    let calls = 0;
    const id = await db.$transaction((tx) => enqueue(tx, "flaky", {}));
    const w = worker({
      flaky: async () => {
        if (++calls === 1) throw new Error("temporary outage");
        return { done: true };
      },
    });
    await w.drain();
    let job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "temporary outage" });
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now()); // backed off, not retried in a hot loop
    await db.job.update({ where: { id }, data: { runAt: new Date() } });
    await w.drain();
    job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "SUCCEEDED", attempts: 2, result: { done: true } });
  });

  it("fails at once on a permanent error and after maxAttempts otherwise", async () => {
    const permanent = await db.$transaction((tx) => enqueue(tx, "refused", {}));
    const exhausted = await db.$transaction((tx) => enqueue(tx, "broken", {}, { maxAttempts: 1 }));
    await worker({
      refused: async () => {
        throw new PermanentJobError("550 no such mailbox");
      },
      broken: async () => {
        throw new Error("still down");
      },
    }).drain();
    expect(await db.job.findUniqueOrThrow({ where: { id: permanent } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
    });
    expect(await db.job.findUniqueOrThrow({ where: { id: exhausted } })).toMatchObject({
      status: "FAILED",
      lastError: "still down",
    });
  });

  it("gives each job to exactly one of several workers", async () => {
    const ids = await db.$transaction(async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 30; i++) out.push(await enqueue(tx, "count", { i }));
      return out;
    });
    const runs = new Map<string, number>();
    const handler: JobHandler = async ({ job }) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 5));
    };
    await Promise.all([
      worker({ count: handler }, "a").drain(),
      worker({ count: handler }, "b").drain(),
      worker({ count: handler }, "c").drain(),
    ]);
    expect(ids.every((id) => runs.get(id) === 1)).toBe(true);
  });

  it("takes back a job whose worker died mid-way", async () => {
    const id = await db.$transaction((tx) => enqueue(tx, "resumable", {}));
    await db.job.update({
      where: { id },
      data: { status: "RUNNING", lockedAt: new Date(Date.now() - 10 * 60 * 1000), lockedBy: "dead", attempts: 1 },
    });
    let ran = 0;
    await createWorker({ db, handlers: { resumable: async () => void ran++ }, leaseMs: 60_000 }).drain();
    expect(ran).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
  });

  it("fails a job of an unknown type instead of retrying it forever", async () => {
    const id = await db.$transaction((tx) => enqueue(tx, "no-such-type", {}));
    await worker({}).drain();
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED" });
  });
});

import { enqueueDueSchedules } from "@/lib/jobs/schedule";

describe("recurring jobs", () => {
  it("are enqueued once per period however many workers check", async () => {
    const schedules = [{ type: "daily-chore", everyMs: 24 * 60 * 60 * 1000 }];
    const now = new Date("2026-11-24T10:00:00Z");
    await Promise.all([1, 2, 3].map(() => enqueueDueSchedules(db, schedules, now)));
    await enqueueDueSchedules(db, schedules, new Date("2026-11-24T23:59:00Z"));
    expect(await db.job.count({ where: { type: "daily-chore" } })).toBe(1);
    await enqueueDueSchedules(db, schedules, new Date("2026-11-25T00:01:00Z"));
    expect(await db.job.count({ where: { type: "daily-chore" } })).toBe(2);
  });
});
