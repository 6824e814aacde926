import { consumeAll, LIMITS, type RateLimitResult } from "@/lib/security/rate-limit";

/**
 * Sign-in emails are limited per address (against mail bombing someone) and per client (against spraying). `email`
 * must already be normalised by `emailAddress` / `normalizeEmailIdentifier` (lib/validation/auth.ts), the function
 * Auth.js is given too: a key on anything else would let variants of one inbox each get a fresh allowance.
 */
export function consumeSignInAttempt(email: string, client: string): Promise<RateLimitResult> {
  return consumeAll([
    [`sign-in:email:${email}`, LIMITS.signInPerEmail],
    [`sign-in:ip:${client}`, LIMITS.signInPerIp],
  ]);
}
