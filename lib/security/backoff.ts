import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { RateLimitResult } from "@/lib/security/rate-limit";

/**
 * Attempts that double their wait once the free ones are used: `free` attempts at once, then one after `baseMs`,
 * the next after twice that, and so on up to `maxMs`. Quiet for `resetMs`, the key starts afresh.
 */
export type Backoff = { free: number; baseMs: number; maxMs: number; resetMs: number };

/** How long the attempt after `count` attempts must wait after the last one. */
export function backoffDelayMs(count: number, { free, baseMs, maxMs }: Backoff): number {
  if (count < free) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(30, count - free));
}

/**
 * Takes one attempt under `key` if its wait is over. One statement decides (a row lock serialises concurrent
 * attempts), so parallel guesses cannot all slip through. Every attempt counts; call `clearBackoff` on success.
 */
export async function consumeBackoff(key: string, policy: Backoff, now = new Date()): Promise<RateLimitResult> {
  const free = Math.round(policy.free * env().RATE_LIMIT_SCALE);
  const p = { ...policy, free };
  const staleBefore = new Date(now.getTime() - policy.resetMs);
  const taken = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" AS b (key, count, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN b."windowStart" <= ${staleBefore} THEN 1 ELSE b.count + 1 END,
      "windowStart" = ${now}
    WHERE b."windowStart" <= ${staleBefore}
       OR b.count < ${free}
       OR b."windowStart" + LEAST(${policy.maxMs}::float8, ${policy.baseMs}::float8 * power(2, LEAST(30, b.count - ${free}))) * interval '1 millisecond' <= ${now}
    RETURNING count`;
  if (taken.length === 1) {
    return { allowed: true, remaining: Math.max(0, free - taken[0].count), retryAfterSeconds: 0 };
  }
  const row = await db.rateLimitBucket.findUnique({ where: { key } });
  const waitUntil = row ? row.windowStart.getTime() + backoffDelayMs(row.count, p) : now.getTime();
  return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((waitUntil - now.getTime()) / 1000)) };
}

export async function clearBackoff(key: string) {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
