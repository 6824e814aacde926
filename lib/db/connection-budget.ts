import { availableParallelism } from "node:os";
import { z } from "zod";

/**
 * The database connection budget and how it is split. Every process of the app opens its own pools, so pool sizes
 * multiply by processes: ten per pool on a 16-core machine came to about 267 connections, far above the 100 a
 * managed PostgreSQL usually allows. One setting, DATABASE_MAX_CONNECTIONS, is divided here across every pool of
 * every process; each process computes the same plan from the same settings and sizes its own pools from it.
 */
const wholeNumber = () => z.coerce.number({ error: "must be a whole number" }).int("must be a whole number");

export const connectionSettingsShape = {
  /// Connections all processes of this installation may hold together (web processes, workers, the launcher).
  /// Sized for a managed PostgreSQL's usual 100, leaving room for its reserved and monitoring connections,
  /// migrations and an operator's psql.
  DATABASE_MAX_CONNECTIONS: wholeNumber()
    .min(10, "must be at least 10")
    .max(10_000, "must be at most 10000")
    .default(80),
  /// Web server processes (scripts/serve.ts); by default one per core, up to 16: the default budget cannot give
  /// more than about 18 processes their minimum, and a bigger machine is better spent on a bigger budget anyway.
  WEB_CONCURRENCY: wholeNumber()
    .min(1, "must be at least 1")
    .max(64, "must be at most 64")
    .default(Math.min(availableParallelism(), 16)),
  /// Job worker processes against this database: the one `npm start` runs plus any `npm run worker`.
  JOB_WORKERS: wholeNumber().min(1, "must be at least 1").max(64, "must be at most 64").default(1),
};

export type ConnectionSettings = { budget: number; webProcesses: number; workers: number };

export type ConnectionPlan = {
  /** Per web process: the Prisma pool, the direct pg pool of the page reads, and the LISTEN connection. */
  web: { prisma: number; direct: number; listen: number };
  /** Per worker: the Prisma pool and the LISTEN connection that wakes it. */
  worker: { prisma: number; listen: number };
  /** `npm start`'s own process: demo data at start, and the development mailbox's store. */
  launcher: { prisma: number };
  total: number;
};

// More than this per process only adds idle connections: a Node process renders one page at a time, and the
// worker runs four jobs at once, an import two chunk transactions of them.
const MAX = { webPrisma: 10, webDirect: 5, workerPrisma: 8 };
// Fewer than this and a page's parallel reads queue behind each other, or an import's two chunk transactions
// and its progress writes cannot all proceed.
const MIN = { webPrisma: 2, webDirect: 1, workerPrisma: 3 };
const LAUNCHER = 2;

/**
 * Splits the budget evenly between processes after the fixed connections (one LISTEN per process, the launcher's
 * two), capped where more would only sit idle. Throws, naming the setting, when the budget cannot give every
 * process its minimum.
 */
export function planConnections({ budget, webProcesses, workers }: ConnectionSettings): ConnectionPlan {
  const fixed = LAUNCHER + webProcesses + workers;
  const share = Math.floor((budget - fixed) / (webProcesses + workers));
  const direct = Math.min(MAX.webDirect, Math.max(MIN.webDirect, Math.floor(share / 3)));
  const web = { prisma: Math.min(MAX.webPrisma, share - direct), direct, listen: 1 };
  const worker = { prisma: Math.min(MAX.workerPrisma, share), listen: 1 };
  if (web.prisma < MIN.webPrisma || worker.prisma < MIN.workerPrisma) {
    // Both kinds of process get the same share, so the smallest workable share decides for both.
    const minShare = Math.max(MIN.webPrisma + MIN.webDirect, MIN.workerPrisma);
    const needed = fixed + minShare * (webProcesses + workers);
    throw new Error(
      `DATABASE_MAX_CONNECTIONS=${budget} is too small for ${webProcesses} web process(es) and ${workers} worker(s): ` +
        `it needs at least ${needed}. Raise it, or lower WEB_CONCURRENCY or JOB_WORKERS.`,
    );
  }
  const total =
    LAUNCHER + webProcesses * (web.prisma + web.direct + web.listen) + workers * (worker.prisma + worker.listen);
  return { web, worker, launcher: { prisma: LAUNCHER }, total };
}

/** One line for the start-up log. */
export function describePlan(settings: ConnectionSettings, plan: ConnectionPlan) {
  const { web, worker } = plan;
  return (
    `database connections: ${settings.webProcesses} web × (${web.prisma} + ${web.direct} page reads + ${web.listen} listening)` +
    ` + ${settings.workers} worker × (${worker.prisma} + ${worker.listen} listening) + ${plan.launcher.prisma} launcher` +
    ` = ${plan.total} of DATABASE_MAX_CONNECTIONS=${settings.budget}`
  );
}
