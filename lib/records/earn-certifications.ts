import { Prisma, type CatalogStatus, type RequirementKind } from "@/lib/generated/prisma/client";
import { bulkExecute, bulkQuery } from "@/lib/db/bulk-statements";
import type { Tx } from "@/lib/db";
import { newId, sqlTimestamp, sqlTimestampOrNull } from "@/lib/db/bulk-values";
import {
  certificationsToAward,
  earnedStatus,
  newCertificateNumber,
  type CertificationDef,
} from "@/lib/rules/certification";

type CertificationRow = {
  id: string;
  requirement: RequirementKind;
  requiredCount: number | null;
  validityMonths: number | null;
  retiredOn: Date | null;
  status: CatalogStatus;
  examIds: string[];
};

export type NewlyEarned = { id: string; userId: string; certificationId: string; earnedOn: Date };

/** Advisory lock namespace for a candidate's certification records ("CERT"). */
export const RECORDS_LOCK = 0x43455254;

/**
 * Takes, until the transaction ends, the lock on these candidates' certification records. Two transactions that
 * record for the same candidate then run one after the other, and the second sees the first's results: otherwise
 * each could miss a certification that needs an exam stored by the other. Taken in one order (by key) so that
 * two transactions locking overlapping sets cannot deadlock; taking a lock already held is free.
 */
export async function lockCandidateRecords(tx: Tx, userIds: string[]) {
  if (userIds.length === 0) return;
  // The subquery's ORDER BY fixes the order the locks are taken in (the pattern PostgreSQL's manual gives).
  // Executed rather than queried: nothing to read back, and the ORM path has no type for `void` columns.
  await bulkExecute(
    tx,
    Prisma.sql`
    SELECT pg_advisory_xact_lock(${RECORDS_LOCK}::int, k.key)
    FROM (SELECT DISTINCT hashtext(id) AS key FROM unnest(${userIds}::text[]) AS id ORDER BY 1) k`,
  );
}

/**
 * Records the certifications that these candidates' passed exams earn and their records do not show yet. Batched
 * (a fixed number of queries however many candidates) so bulk imports can call it per chunk, and idempotent: the
 * unique (user, certification, earned on) key makes a repeat, or a concurrent import, create nothing.
 * Returns only the certifications created by this call.
 */
export async function recordEarnedCertifications(tx: Tx, userIds: string[], now = new Date()): Promise<NewlyEarned[]> {
  if (userIds.length === 0) return [];
  await lockCandidateRecords(tx, userIds);
  // Raw with one array parameter: an import chunk passes hundreds of candidates, and the ORM's IN list of that many
  // parameters (plus its row mapping) cost more than the index scan itself.
  const passes = await bulkQuery<{ userId: string; examId: string; takenOn: Date }>(
    tx,
    Prisma.sql`
    SELECT "userId", "examId", "takenOn" FROM "ExamResult" WHERE "userId" = ANY(${userIds}::text[]) AND passed`,
  );
  if (passes.length === 0) return [];
  const examIds = [...new Set(passes.map((p) => p.examId))];
  // Raw as well: an import calls this once per chunk, and each ORM read costs more CPU than the query itself.
  const certs = await bulkQuery<CertificationRow>(
    tx,
    Prisma.sql`
    SELECT c.id, c.requirement::text AS requirement, c."requiredCount", c."validityMonths", c."retiredOn", c.status::text AS status,
           ARRAY(SELECT ce."examId" FROM "CertificationExam" ce WHERE ce."certificationId" = c.id) AS "examIds"
    FROM "Certification" c
    WHERE EXISTS (SELECT 1 FROM "CertificationExam" ce WHERE ce."certificationId" = c.id AND ce."examId" = ANY(${examIds}::text[]))`,
  );
  const defs: CertificationDef[] = certs.map((c) => ({
    id: c.id,
    requirement: { kind: c.requirement, requiredCount: c.requiredCount, examIds: c.examIds },
    validityMonths: c.validityMonths,
    retiredOn: c.status === "RETIRED" ? (c.retiredOn ?? now) : null,
  }));
  const held = await bulkQuery<{ userId: string; certificationId: string; earnedOn: Date; expiresOn: Date | null }>(
    tx,
    Prisma.sql`
    SELECT e."userId", e."certificationId", e."earnedOn", e."expiresOn"
    FROM unnest(${userIds}::text[]) AS w(id)
    -- Per candidate through the (user, certification, earned on) key: with a plain = ANY the planner estimated a
    -- parallel scan of the whole table as cheaper, which at hundreds of thousands of rows it is not (OFFSET 0 keeps
    -- it from flattening the lookup back into that join).
    CROSS JOIN LATERAL (
      SELECT "userId", "certificationId", "earnedOn", "expiresOn" FROM "EarnedCertification"
      WHERE "userId" = w.id AND "certificationId" = ANY(${certs.map((c) => c.id)}::text[])
      OFFSET 0
    ) e`,
  );

  const byUser = <T extends { userId: string | null }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) if (r.userId) map.set(r.userId, [...(map.get(r.userId) ?? []), r]);
    return map;
  };
  const passesByUser = byUser(passes);
  const heldByUser = byUser(held);
  const retired = new Set(certs.filter((c) => c.status === "RETIRED").map((c) => c.id));

  const rows = [...passesByUser].flatMap(([userId, mine]) =>
    certificationsToAward(mine, defs, heldByUser.get(userId) ?? []).map((a) => ({
      userId,
      certificationId: a.certificationId,
      earnedOn: a.earnedOn,
      expiresOn: a.expiresOn,
      status: earnedStatus({ expiresOn: a.expiresOn, certificationRetired: retired.has(a.certificationId) }, now),
      certificateNumber: newCertificateNumber(),
    })),
  );
  if (rows.length === 0) return [];
  return insertEarned(tx, rows);
}

type EarnedRow = {
  userId: string;
  certificationId: string;
  earnedOn: Date;
  expiresOn: Date | null;
  status: string;
  certificateNumber: string;
};

/**
 * One INSERT for all rows, arrays unnested server-side: the ORM's multi-row insert costs about a millisecond a row
 * here, which dominated bulk imports. ON CONFLICT DO NOTHING keeps the old skipDuplicates semantics (any unique
 * key, so a concurrent import's row wins and ours is silently dropped) and RETURNING yields only what we created.
 */
async function insertEarned(tx: Tx, rows: EarnedRow[]): Promise<NewlyEarned[]> {
  // The wall clock, not the caller's `now` (which may be a test's fixed date), as the ORM would have written.
  const stamp = sqlTimestamp(new Date());
  const col = <T>(pick: (r: EarnedRow) => T) => rows.map(pick);
  return bulkQuery<NewlyEarned>(
    tx,
    Prisma.sql`
    INSERT INTO "EarnedCertification" (id, "userId", "certificationId", "earnedOn", "expiresOn", status, "certificateNumber", "createdAt", "updatedAt")
    SELECT r.id, r.user_id, r.cert_id, r.earned_on::timestamp(3), r.expires_on::timestamp(3), r.status::"EarnedStatus", r.number,
           ${stamp}::timestamp(3), ${stamp}::timestamp(3)
    FROM unnest(
      ${col(() => newId())}::text[], ${col((r) => r.userId)}::text[], ${col((r) => r.certificationId)}::text[],
      ${col((r) => sqlTimestamp(r.earnedOn))}::text[], ${col((r) => sqlTimestampOrNull(r.expiresOn))}::text[],
      ${col((r) => r.status)}::text[], ${col((r) => r.certificateNumber)}::text[]
    ) AS r(id, user_id, cert_id, earned_on, expires_on, status, number)
    ON CONFLICT DO NOTHING
    RETURNING id, "userId", "certificationId", "earnedOn"`,
  );
}
