import { consumeAll, LIMITS, type RateLimitResult } from "@/lib/security/rate-limit";

/** Sign-in emails are limited per address (against mail bombing someone) and per client (against spraying). */
export function consumeSignInAttempt(email: string, ip: string): Promise<RateLimitResult> {
  return consumeAll([
    [`sign-in:email:${email.trim().toLowerCase()}`, LIMITS.signInPerEmail],
    [`sign-in:ip:${ip}`, LIMITS.signInPerIp],
  ]);
}
