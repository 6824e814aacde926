import { describe, expect, it } from "vitest";
import { describePlan, planConnections } from "@/lib/db/connection-budget";
import { parseEnv } from "@/lib/env";

// What every process opens, from its line of the plan: the launcher, each web process, each worker.
const opened = (web: number, workers: number, budget = 80) => {
  const plan = planConnections({ budget, webProcesses: web, workers });
  const perWeb = plan.web.prisma + plan.web.direct + plan.web.listen;
  const perWorker = plan.worker.prisma + plan.worker.listen;
  return { plan, sum: plan.launcher.prisma + web * perWeb + workers * perWorker };
};

describe("the database connection budget", () => {
  it.each([
    [1, 1],
    [2, 1],
    [4, 1],
    [8, 2],
    [16, 1],
    [16, 2],
  ])("%i web processes and %i worker(s) stay within the default 80", (web, workers) => {
    const { plan, sum } = opened(web, workers);
    expect(plan.total).toBe(sum);
    expect(sum).toBeLessThanOrEqual(80);
    // Every pool keeps a working minimum: parallel page reads, and an import's two chunks with its progress.
    expect(plan.web.prisma).toBeGreaterThanOrEqual(2);
    expect(plan.web.direct).toBeGreaterThanOrEqual(1);
    expect(plan.worker.prisma).toBeGreaterThanOrEqual(3);
  });

  it("used to come to about 267 on 16 cores, and now fits a managed PostgreSQL's 100", () => {
    const before = 16 * (10 + 5 + 1) + (10 + 1); // ten per Prisma pool, five direct, one LISTEN, per process
    expect(before).toBe(267);
    expect(opened(16, 1).sum).toBeLessThan(100);
  });

  it("caps pools where more would only sit idle, so a large budget is not all taken", () => {
    const { plan, sum } = opened(2, 1, 1000);
    expect(plan.web).toEqual({ prisma: 10, direct: 5, listen: 1 });
    expect(plan.worker).toEqual({ prisma: 8, listen: 1 });
    expect(sum).toBe(2 + 2 * 16 + 9);
  });

  it.each([
    [20, 8, 1],
    [80, 32, 1],
    [80, 64, 1],
    [30, 2, 8],
  ])("refuses a budget of %i for %i web processes and %i workers, saying what it needs", (budget, web, workers) => {
    expect(() => planConnections({ budget, webProcesses: web, workers })).toThrow(
      /^DATABASE_MAX_CONNECTIONS=\d+ is too small for \d+ web process\(es\) and \d+ worker\(s\): it needs at least \d+\./,
    );
    const needed = Number(
      /at least (\d+)/.exec(
        (() => {
          try {
            planConnections({ budget, webProcesses: web, workers });
          } catch (e) {
            return (e as Error).message;
          }
        })()!,
      )![1],
    );
    expect(() => planConnections({ budget: needed, webProcesses: web, workers })).not.toThrow();
    expect(() => planConnections({ budget: needed - 1, webProcesses: web, workers })).toThrow();
  });

  it("describes the plan in one line", () => {
    const settings = { budget: 80, webProcesses: 2, workers: 1 };
    expect(describePlan(settings, planConnections(settings))).toBe(
      "database connections: 2 web × (10 + 5 page reads + 1 listening) + 1 worker × (8 + 1 listening) + 2 launcher = 43 of DATABASE_MAX_CONNECTIONS=80",
    );
  });

  const ok = { DATABASE_URL: "postgresql://u:p@localhost/db", AUTH_SECRET: "x".repeat(32), DEV_MAILBOX: "true" };
  it("is read from the environment with defaults", () => {
    const e = parseEnv({ ...ok, WEB_CONCURRENCY: "4" });
    expect([
      e.DATABASE_MAX_CONNECTIONS,
      e.WEB_CONCURRENCY,
      e.JOB_WORKERS,
      e.DATABASE_STATEMENT_TIMEOUT_SECONDS,
    ]).toEqual([80, 4, 1, 60]);
  });
  it.each([
    [{ DATABASE_MAX_CONNECTIONS: "lots" }, /DATABASE_MAX_CONNECTIONS: must be a whole number/],
    [{ DATABASE_MAX_CONNECTIONS: "80\u0000" }, /DATABASE_MAX_CONNECTIONS: must be a whole number/],
    [{ DATABASE_MAX_CONNECTIONS: "5" }, /DATABASE_MAX_CONNECTIONS: must be at least 10/],
    [
      { DATABASE_MAX_CONNECTIONS: "20", WEB_CONCURRENCY: "16" },
      /DATABASE_MAX_CONNECTIONS: 20 is too small for 16 web process\(es\)/,
    ],
    [{ WEB_CONCURRENCY: "0" }, /WEB_CONCURRENCY: must be at least 1/],
    [{ WEB_CONCURRENCY: "65" }, /WEB_CONCURRENCY: must be at most 64/],
    [{ JOB_WORKERS: "-1" }, /JOB_WORKERS: /],
    [{ DATABASE_STATEMENT_TIMEOUT_SECONDS: "1.5" }, /DATABASE_STATEMENT_TIMEOUT_SECONDS: /],
  ])("names a bad setting (%#)", (bad, message) => {
    expect(() => parseEnv({ ...ok, ...bad })).toThrow(message);
  });
});
