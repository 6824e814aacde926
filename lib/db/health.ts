import pg from "pg";
import { isConnectionError } from "@/lib/db/connection-errors";
import { connectionConfig } from "@/lib/db/pool-settings";

/**
 * Whether this process can reach PostgreSQL, for the proxy (which answers 503 while it cannot) and /api/health.
 * Nothing is checked while all is well: the pools' and listeners' error events, and failed queries, make the
 * database suspect; only then does a reader pay for a probe (a fresh connection and SELECT 1, at most one a
 * second, shared by concurrent readers), and the first probe that succeeds clears it. So the request path costs
 * one property read, an outage is noticed the moment PostgreSQL drops this process's connections, and recovery
 * needs no restart. Kept on globalThis: the proxy and the routes are bundled apart but run in one process.
 */
type Health = { suspect: boolean; failedAt: number; probing: Promise<boolean> | null };

const PROBE_EVERY_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

const holder = globalThis as unknown as { certdashDatabaseHealth?: Health };
const health = (): Health => (holder.certdashDatabaseHealth ??= { suspect: false, failedAt: 0, probing: null });

/** For error listeners and catch blocks: a connection failure makes the database suspect; other errors do not. */
export function reportDatabaseError(error: unknown) {
  if (isConnectionError(error)) health().suspect = true;
}

/** A connection this process relied on (a LISTEN) closed. */
export function reportConnectionLost() {
  health().suspect = true;
}

/** True while PostgreSQL cannot be reached. Free while nothing has failed; see above. */
export async function databaseUnavailable(): Promise<boolean> {
  const h = health();
  if (!h.suspect) return false;
  if (!h.probing && Date.now() - h.failedAt < PROBE_EVERY_MS) return true;
  h.probing ??= probe().then((ok) => {
    h.probing = null;
    if (ok) h.suspect = false;
    else h.failedAt = Date.now();
    return ok;
  });
  return !(await h.probing);
}

async function probe(): Promise<boolean> {
  const client = new pg.Client({
    ...connectionConfig("certdash probe"),
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on("error", () => undefined); // the answer is the outcome of connect and query below
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

type Adapter = Record<string, unknown>;
const WATCHED = new Set(["queryRaw", "executeRaw", "startTransaction"]);

/**
 * Wraps a Prisma driver adapter factory so that its failing queries report connection failures. Pool and
 * connection 'error' events alone miss a database that never answered (a partition, or a process whose pool was
 * empty when PostgreSQL stopped).
 */
export function reportingFailures<F extends { connect: () => Promise<unknown> }>(factory: F): F {
  const wrap = (adapter: Adapter) =>
    new Proxy(adapter, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        if (!WATCHED.has(prop as string)) return value.bind(target);
        return (...args: unknown[]) =>
          (value.apply(target, args) as Promise<unknown>).catch((error: unknown) => {
            reportDatabaseError(error);
            throw error;
          });
      },
    });
  return new Proxy(factory, {
    get(target, prop) {
      if (prop === "connect") return async () => wrap((await target.connect()) as Adapter);
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
