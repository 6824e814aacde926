import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reportDatabaseError } from "@/lib/db/health";
import { poolConfig } from "@/lib/db/pool-settings";

// Values read as Prisma reads them: timestamps without time zone hold UTC, dates are UTC midnights, bigints exact.
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === pg.types.builtins.DATE) return (value: string) => new Date(`${value}T00:00:00Z`);
    if (oid === pg.types.builtins.INT8) return (value: string) => BigInt(value);
    return pg.types.getTypeParser(oid, format);
  },
};
const toPg = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.map(toPg) : value;

/** A Prisma.sql statement as a pg query config, with Prisma's reading of values. */
export const asPgQuery = (sql: Prisma.Sql) => ({ text: sql.text, values: sql.values.map(toPg), types });

const holder = globalThis as unknown as { certdashDirectPool?: pg.Pool };

/**
 * A read on the request path that skips Prisma altogether: Prisma's raw queries still pass through its
 * WebAssembly engine (0.65 ms of CPU for the session lookup, against 0.31 ms through pg), and the session lookup
 * and the dashboard run on every page view. A small pool of its own, shared with the rate limits
 * (lib/security/rate-limit-store.ts); everything else uses the Prisma client.
 */
export async function directQuery<T>(sql: Prisma.Sql): Promise<T[]> {
  return (await directPgQuery(asPgQuery(sql))).rows as T[];
}

/** A statement as pg takes it (a library's own, such as the rate limiter's), on the same pool and outage reporting. */
export async function directPgQuery(query: pg.QueryConfig): Promise<pg.QueryResult> {
  holder.certdashDirectPool ??= directPool();
  try {
    return await holder.certdashDirectPool.query(query);
  } catch (error) {
    reportDatabaseError(error);
    throw error;
  }
}

function directPool() {
  const pool = new pg.Pool(poolConfig("direct"));
  // An idle connection that the server drops emits 'error' on the pool; unheard, it would end the process.
  pool.on("error", reportDatabaseError);
  return pool;
}

/** Closes the pool (tests, scripts). */
export async function closeDirectPool() {
  const pool = holder.certdashDirectPool;
  holder.certdashDirectPool = undefined;
  await pool?.end();
}
