/**
 * How long records that only pile up are kept, in one place (README "Retention" lists them). The daily retention
 * job (retention-job.ts) deletes what is older. Periods count from when a record stopped being any use: a token's
 * expiry or use, a job's end, a rate-limit window's end.
 */
export const RETENTION_DAYS = {
  /** Auth.js magic links are single use and live 10 minutes; an expired one is only clutter. */
  verificationTokens: 1,
  /** Database sessions past their expiry (the session lookup already ignores them). */
  sessions: 1,
  /** Email-confirmation links: kept a while after use or expiry so the link page can still say "already used". */
  actionTokens: 30,
  /** Badge claim links after use, revocation or expiry; never a pending badge's newest link (see retention-job.ts). */
  claimTokens: 90,
  /** Finished jobs that succeeded: the outbox lists recent work. */
  succeededJobs: 30,
  /** Failed and cancelled jobs are what admins look into, so they stay longer. */
  failedJobs: 180,
  /** "Claim page opened" badge events, written on every visit to a claim link; support reads recent ones. */
  claimPageOpenedEvents: 90,
} as const;

/** Rows deleted per statement: small enough that no statement holds its locks for long. */
export const RETENTION_BATCH = 1000;

/** Statements per kind of record per run; a backlog larger than this is finished on the following days. */
export const RETENTION_MAX_BATCHES = 500;
