/**
 * Capped exponential backoff with full jitter: attempt 1 waits up to 2 s, then 4, 8, ... up to 15 minutes.
 * Jitter spreads retries so a recovering SMTP server is not hit by every job at once.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = 1000;
  const cap = 15 * 60 * 1000;
  const ceiling = Math.min(cap, base * 2 ** Math.max(1, attempt));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
