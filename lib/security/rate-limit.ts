import { env } from "@/lib/env";
import { assertPresent, consume, limiter, seconds } from "@/lib/security/rate-limit-store";

export type RateLimit = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Attempts that double their wait once the free ones are used: `free` attempts at once, then one after `baseMs`,
 * the next after twice that, and so on up to `maxMs`. `resetMs` after its first attempt, the key starts afresh.
 */
export type Backoff = { free: number; baseMs: number; maxMs: number; resetMs: number };

/** The limits the program applies, by purpose. */
export const LIMITS = {
  signInPerEmail: { limit: 5, windowMs: 15 * 60 * 1000 },
  signInPerIp: { limit: 30, windowMs: 15 * 60 * 1000 },
  claimAttemptsPerIp: { limit: 30, windowMs: 15 * 60 * 1000 },
  accessCodePerIp: { limit: 30, windowMs: 15 * 60 * 1000 },
  importPerClient: { limit: 20, windowMs: 60 * 60 * 1000 },
} satisfies Record<string, RateLimit>;

/**
 * Access codes of one share link from one client: five tries, then a wait that doubles from a minute up to an hour.
 * Counted per link *and* client, so guessing from one place does not lock the recipient out everywhere; a code has
 * 60 bits, so spreading guesses over many clients gains nothing.
 */
export const ACCESS_CODE_BACKOFF: Backoff = { free: 5, baseMs: 60_000, maxMs: 60 * 60_000, resetMs: 24 * 60 * 60_000 };

/** How long a counter can still matter after its first attempt: no row of the rate-limit table expires later. */
export const LONGEST_RATE_LIMIT_MEMORY_MS = Math.max(
  ...Object.values(LIMITS).map((l) => l.windowMs),
  ACCESS_CODE_BACKOFF.resetMs,
);

/**
 * Counts one attempt against `key` in a fixed window, in Postgres so every instance shares the count
 * (rate-limiter-flexible's store, lib/security/rate-limit-store.ts). A single upsert decides atomically: concurrent
 * attempts cannot all slip under the limit. `now` must be the present (the store reads the clock).
 */
export async function consumeRateLimit(
  key: string,
  { limit: base, windowMs }: RateLimit,
  now = new Date(),
): Promise<RateLimitResult> {
  assertPresent(now);
  const limit = Math.round(base * env().RATE_LIMIT_SCALE);
  const { allowed, res } = await consume(limiter(limit, windowMs), key);
  return {
    allowed,
    remaining: res.remainingPoints,
    // Concurrent callers each bring their own clock, so the window may have started a moment after ours.
    retryAfterSeconds: Math.min(Math.ceil(windowMs / 1000), seconds(res.msBeforeNext)),
  };
}

/** Checks several limits; the first one exceeded decides. */
export async function consumeAll(checks: [string, RateLimit][], now = new Date()): Promise<RateLimitResult> {
  let result: RateLimitResult = { allowed: true, remaining: Infinity, retryAfterSeconds: 0 };
  for (const [key, limit] of checks) {
    const r = await consumeRateLimit(key, limit, now);
    if (!r.allowed) return r;
    if (r.remaining < result.remaining) result = r;
  }
  return result;
}

/** A 429 answer with Retry-After. */
export function tooManyRequests(result: RateLimitResult, message = "Too many attempts. Please wait and try again.") {
  return Response.json(
    { error: message, retryAfterSeconds: result.retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(result.retryAfterSeconds) } },
  );
}

export function minutes(seconds: number) {
  const m = Math.ceil(seconds / 60);
  return m === 1 ? "a minute" : `${m} minutes`;
}
