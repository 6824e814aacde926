import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { finishedJobsDeletion } from "@/lib/jobs/manage";
import type { JobHandler } from "@/lib/jobs/types";
import { RETENTION_BATCH, RETENTION_DAYS, RETENTION_MAX_BATCHES } from "@/lib/retention/periods";

export const RETENTION_JOB = "retention.daily";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One DELETE per kind of record, each choosing at most `limit` rows by key in a subquery: a statement deletes a
 * bounded number of rows and commits on its own, so no lock is held for long and a retried job just continues.
 * `before` is the cut-off; `limit` the batch size.
 */
const STATEMENTS: Record<string, (before: Date, now: Date, limit: number) => Prisma.Sql> = {
  verificationTokens: (before, _now, limit) => Prisma.sql`
    DELETE FROM "VerificationToken" WHERE (identifier, token) IN (
      SELECT identifier, token FROM "VerificationToken" WHERE expires < ${before} LIMIT ${limit})`,
  sessions: (before, _now, limit) => Prisma.sql`
    DELETE FROM "Session" WHERE id IN (SELECT id FROM "Session" WHERE expires < ${before} LIMIT ${limit})`,
  actionTokens: (before, _now, limit) => Prisma.sql`
    DELETE FROM "ActionToken" WHERE id IN (
      SELECT id FROM "ActionToken" WHERE "usedAt" < ${before} OR "expiresAt" < ${before} LIMIT ${limit})`,
  // A pending badge is claimed through its newest link; even a lapsed one still leads its recipient to sign in and
  // find the badge (lib/public/badges/claim.ts), so that one is kept while the badge waits. Older links of a pending
  // badge, and every dead link of a decided one, go.
  claimTokens: (before, _now, limit) => Prisma.sql`
    DELETE FROM "BadgeClaimToken" WHERE id IN (
      SELECT t.id FROM "BadgeClaimToken" t JOIN "Badge" b ON b.id = t."badgeId"
      WHERE (t."usedAt" < ${before} OR t."revokedAt" < ${before} OR t."expiresAt" < ${before})
        AND (b.state <> 'PENDING' OR EXISTS (
          SELECT 1 FROM "BadgeClaimToken" newer WHERE newer."badgeId" = t."badgeId" AND newer."createdAt" > t."createdAt"))
      LIMIT ${limit})`,
  // An expired counter counts nothing: the limiter starts it afresh on its next use.
  rateLimitBuckets: (_before, now, limit) => Prisma.sql`
    DELETE FROM "RateLimit" WHERE key IN (SELECT key FROM "RateLimit" WHERE expire < ${BigInt(now.getTime())} LIMIT ${limit})`,
  succeededJobs: (before, _now, limit) => finishedJobsDeletion("succeeded", before, limit),
  failedJobs: (before, _now, limit) => finishedJobsDeletion("failed", before, limit),
  claimPageOpenedEvents: (before, _now, limit) => Prisma.sql`
    DELETE FROM "BadgeEvent" WHERE id IN (
      SELECT id FROM "BadgeEvent" WHERE type = 'CLAIM_PAGE_OPENED' AND at < ${before} LIMIT ${limit})`,
};

export type RetentionResult = Record<keyof typeof RETENTION_DAYS | "rateLimitBuckets", number> & {
  unfinished: string[];
};

/**
 * Deletes what has outlived its use (periods in periods.ts). EmailMessage rows are kept: the outbox is the record
 * of what was sent to whom, and the bodies of sensitive ones are already erased once sent.
 */
export async function applyRetention(
  db: Db,
  now = new Date(),
  opts: { batch?: number; maxBatches?: number; onBatch?: () => Promise<void> } = {},
): Promise<RetentionResult> {
  const batch = opts.batch ?? RETENTION_BATCH;
  const maxBatches = opts.maxBatches ?? RETENTION_MAX_BATCHES;
  const result = { unfinished: [] as string[] } as RetentionResult;
  for (const [kind, statement] of Object.entries(STATEMENTS)) {
    const days = RETENTION_DAYS[kind as keyof typeof RETENTION_DAYS] ?? 0;
    const before = new Date(now.getTime() - days * DAY_MS);
    let deleted = 0;
    let batches = 0;
    for (;;) {
      const count = await db.$executeRaw(statement(before, now, batch));
      deleted += count;
      batches++;
      await opts.onBatch?.();
      if (count < batch) break;
      if (batches >= maxBatches) {
        result.unfinished.push(kind);
        break;
      }
    }
    result[kind as keyof Omit<RetentionResult, "unfinished">] = deleted;
  }
  return result;
}

/** The daily run; reports progress after each statement, which also keeps its lease while a backlog is cleared. */
export const retentionJob: JobHandler = async ({ db, progress }) => {
  let statements = 0;
  return applyRetention(db, new Date(), { onBatch: () => progress(++statements) });
};
