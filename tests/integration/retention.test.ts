import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueDueSchedules } from "@/lib/jobs/schedule";
import { recurringJobs } from "@/lib/jobs/handlers";
import { RETENTION_DAYS } from "@/lib/retention/periods";
import { applyRetention, RETENTION_JOB } from "@/lib/retention/retention-job";
import { LONGEST_RATE_LIMIT_MEMORY_MS } from "@/lib/security/rate-limit";
import { candidateWithBadge } from "./badges-fixtures";
import { makeCandidate } from "../support/factories";
import { drainJobs } from "../support/jobs";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
/** Just past a period, and well inside it. */
const olderThan = (days: number) => new Date(now.getTime() - days * DAY - 60_000);
const within = (days: number) => new Date(now.getTime() - Math.max(0, days * DAY - 60 * 60 * 1000));
const hex = () => randomBytes(8).toString("hex");

/** Old and fresh rows of every kind the retention job looks after; returns what must go and what must stay. */
async function seed() {
  const user = await makeCandidate();
  const go: Record<string, string[]> = {};
  const stay: Record<string, string[]> = {};
  const put = (kind: string, gone: boolean, id: string) => {
    const into = gone ? go : stay;
    into[kind] ??= [];
    into[kind].push(id);
  };

  // Magic-link tokens: expired ones go (three, so small batches take several statements), a live one stays.
  for (const [expires, gone] of [
    [olderThan(1), true],
    [olderThan(3), true],
    [olderThan(10), true],
    [new Date(now.getTime() + 600_000), false],
    [within(1), false],
  ] as const) {
    const identifier = `${hex()}@example.com`;
    await db.verificationToken.create({ data: { identifier, token: hex(), expires } });
    put("verificationTokens", gone, identifier);
  }
  for (const [expires, gone] of [
    [olderThan(1), true],
    [olderThan(40), true],
    [within(1), false],
    [new Date(now.getTime() + DAY), false],
  ] as const) {
    const s = await db.session.create({ data: { sessionToken: hex(), userId: user.id, expires } });
    put("sessions", gone, s.id);
  }
  const tokens: [Partial<{ usedAt: Date; expiresAt: Date }>, boolean][] = [
    [{ usedAt: olderThan(30), expiresAt: new Date(now.getTime() + DAY) }, true],
    [{ expiresAt: olderThan(30) }, true],
    [{ usedAt: within(30), expiresAt: within(30) }, false],
    [{ expiresAt: new Date(now.getTime() + DAY) }, false],
  ];
  for (const [dates, gone] of tokens) {
    const t = await db.actionToken.create({
      data: {
        purpose: "CONFIRM_EMAIL",
        tokenHash: hex(),
        userId: user.id,
        payload: {},
        expiresAt: dates.expiresAt!,
        usedAt: dates.usedAt,
      },
    });
    put("actionTokens", gone, t.id);
  }

  // Claim links. A pending badge keeps its newest link however old; its older dead links go. A decided badge's dead
  // links go once past the period; live links and recently dead ones stay.
  const pending = await candidateWithBadge();
  const decided = await candidateWithBadge();
  await db.badge.update({ where: { id: decided.badgeId }, data: { state: "ACCEPTED", acceptedAt: olderThan(100) } });
  const claim = async (
    badgeId: string,
    data: { createdAt: Date; expiresAt: Date; usedAt?: Date; revokedAt?: Date },
    gone: boolean,
  ) => {
    const t = await db.badgeClaimToken.create({ data: { badgeId, tokenHash: hex(), ...data } });
    put("claimTokens", gone, t.id);
  };
  await claim(
    pending.badgeId,
    { createdAt: olderThan(500), expiresAt: olderThan(400), revokedAt: olderThan(450) },
    true,
  );
  await claim(pending.badgeId, { createdAt: olderThan(480), expiresAt: olderThan(100) }, false); // newest: its only path
  await claim(
    decided.badgeId,
    { createdAt: olderThan(300), expiresAt: new Date(now.getTime() + 60 * DAY), usedAt: olderThan(100) },
    true,
  );
  await claim(
    decided.badgeId,
    { createdAt: olderThan(200), expiresAt: olderThan(91), revokedAt: olderThan(100) },
    true,
  );
  await claim(
    decided.badgeId,
    { createdAt: within(30), expiresAt: new Date(now.getTime() + DAY), revokedAt: within(30) },
    false,
  );

  // Counters that have expired go; one still running stays, the longest-lived one included.
  const expiries = [
    [now.getTime() - 60_000, true],
    [now.getTime() - DAY, true],
    [now.getTime() + 5 * 60_000, false],
    [now.getTime() + LONGEST_RATE_LIMIT_MEMORY_MS, false],
  ] as const;
  for (const [expire, gone] of expiries) {
    const key = `test:${hex()}`;
    await db.rateLimit.create({ data: { key, points: 3, expire: BigInt(expire) } });
    put("rateLimitBuckets", gone, key);
  }

  const job = async (
    status: "SUCCEEDED" | "FAILED" | "CANCELLED" | "QUEUED",
    finishedAt: Date | null,
    gone: boolean,
    kind: string,
  ) => {
    const runAt = finishedAt ? new Date(finishedAt.getTime() - 1000) : olderThan(400);
    const j = await db.job.create({
      data: { type: "test.retention", payload: {}, status, runAt, finishedAt, dedupeKey: `test:${hex()}` },
    });
    put(kind, gone, j.id);
  };
  await job("SUCCEEDED", olderThan(RETENTION_DAYS.succeededJobs), true, "succeededJobs");
  await job("SUCCEEDED", within(RETENTION_DAYS.succeededJobs), false, "succeededJobs");
  await job("FAILED", olderThan(RETENTION_DAYS.succeededJobs), false, "failedJobs"); // failures are kept longer
  await job("FAILED", olderThan(RETENTION_DAYS.failedJobs), true, "failedJobs");
  await job("CANCELLED", olderThan(RETENTION_DAYS.failedJobs), true, "failedJobs");
  await job("QUEUED", null, false, "failedJobs"); // work still to do, however old

  const event = async (badgeId: string, type: "CLAIM_PAGE_OPENED" | "ISSUED", at: Date, gone: boolean) => {
    const e = await db.badgeEvent.create({ data: { badgeId, type, at } });
    put("claimPageOpenedEvents", gone, e.id);
  };
  await event(pending.badgeId, "CLAIM_PAGE_OPENED", olderThan(RETENTION_DAYS.claimPageOpenedEvents), true);
  await event(decided.badgeId, "CLAIM_PAGE_OPENED", olderThan(400), true);
  await event(pending.badgeId, "CLAIM_PAGE_OPENED", within(RETENTION_DAYS.claimPageOpenedEvents), false);
  await event(pending.badgeId, "ISSUED", olderThan(400), false); // the badge's history stays

  const message = await db.emailMessage.create({
    data: {
      template: "test",
      to: user.email,
      subject: "Old",
      messageId: `<${hex()}@test>`,
      status: "SENT",
      createdAt: olderThan(1000),
    },
  });
  put("emailMessages", false, message.id);
  return { go, stay };
}

async function present(kind: string, ids: string[]): Promise<string[]> {
  const found = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  switch (kind) {
    case "verificationTokens":
      return (await db.verificationToken.findMany({ where: { identifier: { in: ids } } }))
        .map((t) => t.identifier)
        .sort();
    case "sessions":
      return found(await db.session.findMany({ where: { id: { in: ids } }, select: { id: true } }));
    case "actionTokens":
      return found(await db.actionToken.findMany({ where: { id: { in: ids } }, select: { id: true } }));
    case "claimTokens":
      return found(await db.badgeClaimToken.findMany({ where: { id: { in: ids } }, select: { id: true } }));
    case "rateLimitBuckets":
      return (await db.rateLimit.findMany({ where: { key: { in: ids } } })).map((b) => b.key).sort();
    case "succeededJobs":
    case "failedJobs":
      return found(await db.job.findMany({ where: { id: { in: ids } }, select: { id: true } }));
    case "claimPageOpenedEvents":
      return found(await db.badgeEvent.findMany({ where: { id: { in: ids } }, select: { id: true } }));
    case "emailMessages":
      return found(await db.emailMessage.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  }
  throw new Error(`unknown kind ${kind}`);
}

describe("the daily retention job", () => {
  it("deletes exactly the rows past their period, in small batches, and keeps the outbox", async () => {
    const { go, stay } = await seed();
    const result = await applyRetention(db, now, { batch: 2 });
    for (const [kind, ids] of Object.entries(go))
      expect(await present(kind, ids), `${kind} past the period`).toEqual([]);
    for (const [kind, ids] of Object.entries(stay))
      expect(await present(kind, ids), `${kind} within the period`).toEqual([...ids].sort());
    // Other rows of this database (made by the fixtures) may be old too, so at least the seeded ones were counted.
    for (const kind of Object.keys(go))
      expect(result[kind as keyof typeof result], kind).toBeGreaterThanOrEqual(go[kind].length);
    expect(result.unfinished).toEqual([]);
  });

  it("leaves a backlog larger than its run to the next day", async () => {
    const user = await makeCandidate();
    for (let i = 0; i < 5; i++)
      await db.session.create({ data: { sessionToken: hex(), userId: user.id, expires: olderThan(2) } });
    const first = await applyRetention(db, now, { batch: 2, maxBatches: 2 });
    expect(first.unfinished).toContain("sessions");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    await applyRetention(db, now, { batch: 2, maxBatches: 2 });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("runs once a day as a recurring job", async () => {
    expect(recurringJobs).toContainEqual({ type: RETENTION_JOB, everyMs: DAY });
    const user = await makeCandidate();
    const old = await db.session.create({ data: { sessionToken: hex(), userId: user.id, expires: olderThan(2) } });
    await enqueueDueSchedules(
      db,
      recurringJobs.filter((s) => s.type === RETENTION_JOB),
    );
    await enqueueDueSchedules(
      db,
      recurringJobs.filter((s) => s.type === RETENTION_JOB),
    ); // a second worker: no second run
    expect(await db.job.count({ where: { type: RETENTION_JOB } })).toBe(1);
    await drainJobs();
    expect(await db.job.findFirstOrThrow({ where: { type: RETENTION_JOB } })).toMatchObject({ status: "SUCCEEDED" });
    expect(await db.session.findUnique({ where: { id: old.id } })).toBeNull();
  });
});
