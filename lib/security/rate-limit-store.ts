import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { directPgQuery } from "@/lib/db/pg-query";

/**
 * rate-limiter-flexible's PostgreSQL store, on the pool of the request path's direct reads (lib/db/pg-query.ts):
 * limits are checked on the request path, and that pool is already in every web process's connection budget, so
 * the limiter adds no connection and skips Prisma's engine. The table "RateLimit" (key, points, expire in epoch
 * milliseconds, the columns and order the library writes) is made by a migration; the retention job deletes
 * expired rows, so no limiter runs its own clean-up timer in every process.
 */
const TABLE = "RateLimit";

// The library checks the client's class name to pick how it queries; a stand-in with the pool's `query` lets the
// pool be closed and made again (tests do) and reports failures to the health check as every other query does.
const storeClient = { query: (query: { text: string; values?: unknown[]; name?: string }) => directPgQuery(query) };

const holder = globalThis as unknown as { certdashRateLimiters?: Map<string, RateLimiterPostgres> };

/** The limiter for `points` attempts per `durationMs`; one per pair, as the library fixes both per instance. */
export function limiter(points: number, durationMs: number): RateLimiterPostgres {
  holder.certdashRateLimiters ??= new Map();
  const limiters = holder.certdashRateLimiters;
  const id = `${points}/${durationMs}`;
  let found = limiters.get(id);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient,
      storeType: "pool",
      tableName: TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: "",
      points,
      duration: durationMs / 1000,
    });
    limiters.set(id, found);
  }
  return found;
}

/** Deletes counters; a row is the same whichever limiter wrote it, so any limiter deletes it. */
export async function forget(...keys: string[]) {
  const rl = limiter(1, 1000);
  await Promise.all(keys.map((key) => rl.delete(key)));
}

export type Consumed = { allowed: boolean; res: RateLimiterRes };

/**
 * Consumes one point. The library rejects with its result when the limit is exceeded and with an error when the
 * store failed; only the first is an answer, the second goes on to the caller (a 503 during an outage).
 */
export async function consume(
  rl: RateLimiterPostgres,
  key: string,
  options?: { customDuration?: number },
): Promise<Consumed> {
  try {
    return { allowed: true, res: await rl.consume(key, 1, options) };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, res: rejection };
    throw rejection;
  }
}

// More than any request takes between reading the clock and counting the attempt.
const CLOCK_TOLERANCE_MS = 30_000;

/**
 * The store reads the clock itself (Date.now()), so a caller's `now` must be the present: a time in the past or
 * future would be silently ignored. Tests that move time move the clock (vi.setSystemTime).
 */
export function assertPresent(now: Date) {
  if (Math.abs(now.getTime() - Date.now()) > CLOCK_TOLERANCE_MS) {
    throw new Error(`Rate limits count at the present time; got ${now.toISOString()}. Move the clock instead.`);
  }
}

export const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
