import type { ClientConfig, PoolConfig } from "pg";
import { planConnections, type ConnectionPlan } from "@/lib/db/connection-budget";
import { pgConfigFromUrl } from "@/lib/db/pg-config";
import { env } from "@/lib/env";

/**
 * The settings of every connection the app opens, and the size of each pool from the connection budget
 * (connection-budget.ts). A process says what it is before it first touches the database (the worker and the
 * launcher do; web processes are the default), so it sizes its pools from its own line of the plan.
 */
export type ProcessKind = "web" | "worker" | "launcher";

const holder = globalThis as unknown as { certdashProcessKind?: ProcessKind };

export function setProcessKind(kind: ProcessKind) {
  holder.certdashProcessKind = kind;
}

export function connectionPlan(): ConnectionPlan {
  const e = env();
  return planConnections({
    budget: e.DATABASE_MAX_CONNECTIONS,
    webProcesses: e.WEB_CONCURRENCY,
    workers: e.JOB_WORKERS,
  });
}

// Long enough for a TLS handshake to a managed database far away; a database that does not answer by then is
// treated as down rather than holding the request.
const CONNECT_TIMEOUT_MS = 5_000;
// An idle connection is checked by the operating system after this long, so one whose peer vanished (a network
// partition, a failover) is noticed instead of hanging a request or the worker's LISTEN forever.
const KEEPALIVE_AFTER_MS = 10_000;
// Pools give back connections nobody used for this long.
const IDLE_TIMEOUT_MS = 30_000;

/**
 * One connection's settings. statement_timeout stops a runaway statement on the server; query_timeout, a little
 * longer, gives up on a server that stopped answering at all; idle_in_transaction_session_timeout lets the server
 * roll back (and release the locks of) a transaction whose client froze or vanished. An import chunk waits, inside
 * its transaction, for the chunk before it to commit: at most its own 120 s transaction timeout.
 */
export function connectionConfig(applicationName: string, url = env().DATABASE_URL): ClientConfig {
  const statementMs = env().DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000;
  return {
    ...pgConfigFromUrl(url),
    application_name: applicationName,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_AFTER_MS,
    statement_timeout: statementMs,
    query_timeout: statementMs + 5_000,
    idle_in_transaction_session_timeout: 150_000,
  };
}

/**
 * A pool's settings in this process. Only web processes read through the direct pool (the session lookup and the
 * dashboard); elsewhere it is not in the plan, and gets one connection should anything use it.
 */
export function poolConfig(pool: "prisma" | "direct", url?: string): PoolConfig {
  const kind = holder.certdashProcessKind ?? "web";
  const plan = connectionPlan();
  const max =
    pool === "direct"
      ? kind === "web"
        ? plan.web.direct
        : 1
      : kind === "worker"
        ? plan.worker.prisma
        : kind === "launcher"
          ? plan.launcher.prisma
          : plan.web.prisma;
  return { ...connectionConfig(`certdash ${kind} ${pool}`, url), max, idleTimeoutMillis: IDLE_TIMEOUT_MS };
}
