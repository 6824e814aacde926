import { env } from "@/lib/env";
import type { Backoff, RateLimitResult } from "@/lib/security/rate-limit";
import { assertPresent, consume, forget, limiter, seconds } from "@/lib/security/rate-limit-store";

/** How long the attempt after `count` attempts must wait after the last one. */
export function backoffDelayMs(count: number, { free, baseMs, maxMs }: Backoff): number {
  if (count < free) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(30, count - free));
}

/**
 * Takes one attempt under `key` if its wait is over, on rate-limiter-flexible counters. The first `free - 1`
 * attempts of a run are counted atomically and pass. From the `free`-th on, an attempt must pass a gate: one point
 * held until the next attempt is allowed, so of parallel attempts at most one gets through. The gate is held for
 * `maxMs` while its winner counts its step (only winners count steps, one at a time), then set to that step's wait.
 * A refused attempt does not lengthen the wait; every attempt let through does, so call `clearBackoff` on
 * success. A run starts afresh `resetMs` after its first attempt (the library's fixed window); a wait never
 * exceeds `maxMs`, so at worst `free` more tries a day. `now` must be the present (the store reads the clock).
 */
export async function consumeBackoff(key: string, policy: Backoff, now = new Date()): Promise<RateLimitResult> {
  assertPresent(now);
  const free = Math.round(policy.free * env().RATE_LIMIT_SCALE);
  const p = { ...policy, free };
  const counted = await consume(limiter(Math.max(0, free - 1), policy.resetMs), key);
  if (counted.allowed)
    return { allowed: true, remaining: Math.max(0, free - counted.res.consumedPoints), retryAfterSeconds: 0 };
  const passed = await consume(limiter(1, policy.maxMs), gateKey(key));
  if (!passed.allowed) return { allowed: false, remaining: 0, retryAfterSeconds: seconds(passed.res.msBeforeNext) };
  const step = (await consume(limiter(Number.MAX_SAFE_INTEGER, policy.resetMs), stepKey(key))).res.consumedPoints;
  await limiter(1, policy.maxMs).set(gateKey(key), 1, backoffDelayMs(free - 1 + step, p) / 1000);
  return { allowed: true, remaining: 0, retryAfterSeconds: 0 };
}

export async function clearBackoff(key: string) {
  await forget(key, gateKey(key), stepKey(key));
}

const gateKey = (key: string) => `${key}:wait`;
const stepKey = (key: string) => `${key}:step`;
