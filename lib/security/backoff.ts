import { env } from "@/lib/env";
import type { RateLimitResult } from "@/lib/security/rate-limit";
import { assertPresent, consume, forget, limiter, seconds } from "@/lib/security/rate-limit-store";

/**
 * Attempts that double their wait once the free ones are used: `free` attempts at once, then one after `baseMs`,
 * the next after twice that, and so on up to `maxMs`. `resetMs` after its first attempt, the key starts afresh.
 */
export type Backoff = { free: number; baseMs: number; maxMs: number; resetMs: number };

/** How long the attempt after `count` attempts must wait after the last one. */
export function backoffDelayMs(count: number, { free, baseMs, maxMs }: Backoff): number {
  if (count < free) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(30, count - free));
}

/**
 * Takes one attempt under `key` if its wait is over, on two rate-limiter-flexible counters: the attempts of the
 * current run (`free` per `resetMs`, atomic, so parallel free tries cannot exceed `free`), and once those are used,
 * a gate holding the time of the next allowed attempt (one point, so of parallel attempts at most one passes it).
 * A refused attempt does not count; every attempt let through does, so call `clearBackoff` on success. The run
 * starts afresh `resetMs` after its first attempt (the library's fixed window); a wait never exceeds `maxMs`, so
 * at worst `free` more tries a day. `now` must be the present (the store reads the clock).
 */
export async function consumeBackoff(key: string, policy: Backoff, now = new Date()): Promise<RateLimitResult> {
  assertPresent(now);
  const free = Math.round(policy.free * env().RATE_LIMIT_SCALE);
  const p = { ...policy, free };
  const attempts = limiter(free, policy.resetMs);
  const counted = await consume(attempts, key);
  const count = counted.res.consumedPoints;
  if (counted.allowed) {
    if (count >= free) await gate(policy).set(gateKey(key), 1, backoffDelayMs(count, p) / 1000);
    return { allowed: true, remaining: Math.max(0, free - count), retryAfterSeconds: 0 };
  }
  // Past the free tries: through the gate if its wait is over. It is held for `maxMs` until the wait that follows
  // this attempt is known, so a parallel attempt cannot pass in between.
  const passed = await consume(gate(policy), gateKey(key));
  if (!passed.allowed) {
    await attempts.reward(key, 1);
    return { allowed: false, remaining: 0, retryAfterSeconds: seconds(passed.res.msBeforeNext) };
  }
  await gate(policy).set(gateKey(key), 1, backoffDelayMs(count, p) / 1000);
  return { allowed: true, remaining: 0, retryAfterSeconds: 0 };
}

export async function clearBackoff(key: string) {
  await forget(key, gateKey(key));
}

const gate = (policy: Backoff) => limiter(1, policy.maxMs);
const gateKey = (key: string) => `${key}:wait`;
