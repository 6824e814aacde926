import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownPostgres, until, type OwnPostgres } from "../support/own-postgres";

// Every pool, listener and flag of one process across PostgreSQL restarts, on a cluster of this file's own. Each
// test stops the cluster, checks what must hold while it is down, starts it again and checks that the same process
// recovers by itself.
let cluster: OwnPostgres;
type App = {
  db: typeof import("@/lib/db").db;
  Prisma: typeof import("@/lib/generated/prisma/client").Prisma;
  directQuery: typeof import("@/lib/db/pg-query").directQuery;
  databaseUnavailable: typeof import("@/lib/db/health").databaseUnavailable;
  connectionPlan: typeof import("@/lib/db/pool-settings").connectionPlan;
  consumeRateLimit: typeof import("@/lib/security/rate-limit").consumeRateLimit;
};
let app: App;

beforeAll(async () => {
  cluster = await ownPostgres();
  process.env.DATABASE_URL = await cluster.createDatabase("app");
  app = {
    db: (await import("@/lib/db")).db,
    Prisma: (await import("@/lib/generated/prisma/client")).Prisma,
    directQuery: (await import("@/lib/db/pg-query")).directQuery,
    databaseUnavailable: (await import("@/lib/db/health")).databaseUnavailable,
    connectionPlan: (await import("@/lib/db/pool-settings")).connectionPlan,
    consumeRateLimit: (await import("@/lib/security/rate-limit")).consumeRateLimit,
  };
}, 120_000);

afterAll(async () => {
  await cluster?.start();
  await cluster?.destroy();
});

async function outage(during: () => Promise<void> = async () => undefined) {
  await cluster.stop();
  try {
    await during();
  } finally {
    await cluster.start();
  }
}

describe("when PostgreSQL goes away and comes back", () => {
  it("gives back the connections of transactions the outage cut, so the pool still has them all", async () => {
    const { db } = app;
    const size = app.connectionPlan().web.prisma;
    // As many transactions as the pool holds, all in flight when the server stops.
    const cut = Array.from({ length: size }, () =>
      db
        .$transaction(async (tx) => void (await tx.$queryRaw`SELECT pg_sleep(5)`), { timeout: 30_000 })
        .then(
          () => "finished",
          () => "failed",
        ),
    );
    await until(
      async () =>
        (
          await app.directQuery<{ n: number }>(app.Prisma.sql`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(5)%' AND pid <> pg_backend_pid()`)
        )[0].n === size,
    );
    await outage(async () => expect(await Promise.all(cut)).toEqual(cut.map(() => "failed")));
    // Each needs a connection of its own at once; a leaked one would leave the last waiting until it gave up.
    const again = await Promise.all(
      Array.from({ length: size }, () =>
        db.$transaction(
          async (tx) => (await tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one FROM pg_sleep(0.2)`)[0].one,
          { maxWait: 10_000 },
        ),
      ),
    );
    expect(again).toEqual(again.map(() => 1));
  }, 60_000);

  it("keeps the process alive when the server drops the direct pool's idle connections, and reads again after", async () => {
    const { directQuery, Prisma } = app;
    // Several idle connections in the pool: PostgreSQL's shutdown cuts each, and each is an 'error' on the pool.
    await Promise.all([1, 2, 3].map(() => directQuery(Prisma.sql`SELECT pg_sleep(0.1)`)));
    await outage(async () => {
      await new Promise((r) => setTimeout(r, 500));
      await expect(directQuery(Prisma.sql`SELECT 1`)).rejects.toThrow();
    });
    expect(await directQuery<{ one: number }>(Prisma.sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  }, 60_000);

  it("fails a rate-limit check during the outage, reporting it, and counts again after it", async () => {
    const limit = { limit: 3, windowMs: 60_000 };
    const key = `outage:${Math.random()}`;
    expect(await app.consumeRateLimit(key, limit)).toMatchObject({ allowed: true, remaining: 2 });
    await outage(async () => {
      await expect(app.consumeRateLimit(key, limit)).rejects.toThrow();
      expect(await app.databaseUnavailable()).toBe(true);
    });
    await until(async () => !(await app.databaseUnavailable()), 10_000, "the database to be reported back");
    expect(await app.consumeRateLimit(key, limit)).toMatchObject({ allowed: true, remaining: 1 });
  }, 60_000);

  it("reports the database unavailable during the outage, and available after it without a restart", async () => {
    await app.db.$queryRaw`SELECT 1`;
    expect(await app.databaseUnavailable()).toBe(false);
    await outage(async () => {
      await until(() => app.databaseUnavailable(), 10_000, "the outage to be noticed");
      expect(await app.databaseUnavailable()).toBe(true);
    });
    await until(async () => !(await app.databaseUnavailable()), 10_000, "the database to be reported back");
    expect(await app.db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  }, 60_000);

  it("wakes the worker through LISTEN again once PostgreSQL is back", async () => {
    const { createWorker } = await import("@/lib/jobs/worker");
    const { enqueue } = await import("@/lib/jobs/queue");
    const ran: string[] = [];
    // A poll far longer than the test: only a notification can start the job in time.
    const worker = createWorker({
      db: app.db,
      handlers: { ping: async ({ job }) => void ran.push(job.id) },
      pollMs: 120_000,
    });
    await worker.start(process.env.DATABASE_URL);
    try {
      const first = await app.db.$transaction((tx) => enqueue(tx, "ping", {}));
      await until(() => ran.includes(first), 10_000, "the first job");
      await outage(() => new Promise((r) => setTimeout(r, 2_000)));
      // The worker's loop may be asleep for its whole poll now; the listener has to reconnect and hear this.
      await until(async () => {
        await app.db.$queryRaw`SELECT 1`;
        return true;
      }, 10_000);
      await new Promise((r) => setTimeout(r, 6_000)); // the listener's longest reconnect delay
      const second = await app.db.$transaction((tx) => enqueue(tx, "ping", {}));
      await until(() => ran.includes(second), 10_000, "the job enqueued after the outage");
    } finally {
      await worker.stop();
    }
  }, 60_000);
});
