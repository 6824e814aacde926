// The production web server: one Next.js server process per core, sharing one port through Node's cluster module.
// A Node process renders one page at a time, so a single `next start` leaves the other cores to PostgreSQL; two
// processes on two cores measured nearly twice the dashboard's throughput (docs/benchmarks.md). Nothing is kept
// in a process that others need: sessions and rate limits live in PostgreSQL, and the badge snapshot cache of each
// process hears every change through LISTEN/NOTIFY. Used by `npm start` and `npm run bench`.
import cluster from "node:cluster";
import { z } from "zod";
import { connectionSettingsShape, describePlan, planConnections } from "@/lib/db/connection-budget";

const settings = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    // WEB_CONCURRENCY, the usual name for "how many web processes" (by default one per core), and the database
    // connection budget the processes share.
    ...connectionSettingsShape,
  })
  .safeParse(process.env);
if (!settings.success) {
  console.error(
    `Invalid environment:\n${settings.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
  );
  process.exit(1);
}
const { PORT: port, WEB_CONCURRENCY: processes } = settings.data;

if (cluster.isPrimary) {
  const budget = {
    budget: settings.data.DATABASE_MAX_CONNECTIONS,
    webProcesses: processes,
    workers: settings.data.JOB_WORKERS,
  };
  try {
    console.log(`[serve] ${describePlan(budget, planConnections(budget))}`);
  } catch (error) {
    console.error(`Invalid environment:\n  ${(error as Error).message}`);
    process.exit(1);
  }
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < processes; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A process that dies at once would die again: stop rather than loop.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000) {
      console.error(`A web server process exited during start-up (${signal ?? `code ${code}`}).`);
      process.exit(1);
    }
    console.error(`A web server process exited (${signal ?? `code ${code}`}); starting another.`);
    fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} else {
  // Every request gets the client address the app trusts before Next.js sees it (rate limits, the dev mailbox).
  await import("./client-address-preload.mjs");
  // What `next start` runs, in each process: its router server is measurably faster than a custom server built
  // on `next()`, and listen() on a shared port is handed to the cluster.
  const { startServer } = await import("next/dist/server/lib/start-server.js");
  await startServer({ dir: process.cwd(), isDev: false, port, allowRetry: false });
}
