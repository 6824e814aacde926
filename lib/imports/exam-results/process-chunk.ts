import { Prisma } from "@/lib/generated/prisma/client";
import { bulkQuery } from "@/lib/db/bulk-statements";
import type { Tx } from "@/lib/db";
import { newId } from "@/lib/db/bulk-values";
import { issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";
import { resolveUsersByEmail } from "@/lib/accounts/resolve-emails";
import { lockCandidateRecords, recordEarnedCertifications } from "@/lib/records/earn-certifications";
import { examResultRowSchema, rowProblem, type ExamResultRow } from "@/lib/validation/imports";
import type { RawRow } from "@/lib/imports/exam-results/parse";
import { emptyReport, type ImportReport } from "@/lib/imports/exam-results/report";

export type ExamCatalogueEntry = { id: string; retiredOn: Date | null };

export type ChunkContext = {
  importId: string;
  actorId: string | null;
  /** Exams by upper-case code, loaded once per import. */
  exams: Map<string, ExamCatalogueEntry>;
  /** Row number of a repeated source id -> the row that first used it. */
  duplicates: Map<number, number>;
};

/**
 * How a chunk shares the database with the one before it when they run side by side (job.ts): it waits for
 * mayLock before locking its candidates' records, and says locked once it holds them. Chunks so lock in file
 * order, and a later chunk never holds a lock an earlier one waits for.
 */
export type ChunkTurn = { mayLock: () => Promise<void>; locked: () => void };

type Valid = { row: number; data: ExamResultRow; examId: string };

function validate(rows: RawRow[], ctx: ChunkContext) {
  const valid: Valid[] = [];
  const rejected: { row: number; reason: string }[] = [];
  for (const r of rows) {
    if (r.problem) {
      rejected.push({ row: r.row, reason: r.problem });
      continue;
    }
    const parsed = examResultRowSchema.safeParse(r.values);
    if (!parsed.success) {
      rejected.push({ row: r.row, reason: rowProblem(parsed.error) });
      continue;
    }
    const firstRow = ctx.duplicates.get(r.row);
    if (firstRow !== undefined) {
      rejected.push({
        row: r.row,
        reason: `source_record_id: ${parsed.data.source_record_id} repeats row ${firstRow}`,
      });
      continue;
    }
    const exam = ctx.exams.get(parsed.data.exam_code);
    if (!exam) {
      rejected.push({ row: r.row, reason: `exam_code: no exam has the code ${parsed.data.exam_code}` });
      continue;
    }
    if (exam.retiredOn && parsed.data.date > exam.retiredOn) {
      const day = exam.retiredOn.toISOString().slice(0, 10);
      rejected.push({
        row: r.row,
        reason: `date: exam ${parsed.data.exam_code} retired on ${day}; a result after that cannot be right`,
      });
      continue;
    }
    valid.push({ row: r.row, data: parsed.data, examId: exam.id });
  }
  return { valid, rejected };
}

/**
 * One INSERT for the whole chunk, arrays unnested server-side: several times faster than the ORM's multi-row insert
 * at this size. ON CONFLICT on the source record id is what makes a re-import (or a re-run chunk) a no-op; only
 * the rows actually inserted come back.
 */
async function insertResults(tx: Tx, valid: Valid[], owners: Map<string, string>, importId: string) {
  const col = <T>(pick: (v: Valid) => T) => valid.map(pick);
  return bulkQuery<{ id: string; userId: string | null; passed: boolean }>(
    tx,
    Prisma.sql`
    INSERT INTO "ExamResult" (id, "userId", "examId", "takenOn", score, passed, channel, "sourceRecordId", "sourceEmail", "sourceName", "importId")
    SELECT r.id, r.user_id, r.exam_id, r.taken_on::timestamp(3), r.score, r.passed, r.channel::"DeliveryChannel", r.source_id, r.email, r.name, ${importId}
    FROM unnest(
      ${col(() => newId())}::text[], ${col((v) => owners.get(v.data.email) ?? null)}::text[], ${col((v) => v.examId)}::text[],
      ${col((v) => v.data.date.toISOString().slice(0, 10))}::text[], ${col((v) => v.data.score)}::int[], ${col((v) => v.data.pass)}::boolean[],
      ${col((v) => v.data.channel)}::text[], ${col((v) => v.data.source_record_id)}::text[], ${col((v) => v.data.email)}::text[],
      ${col((v) => v.data.name)}::text[]
    ) AS r(id, user_id, exam_id, taken_on, score, passed, channel, source_id, email, name)
    ON CONFLICT ("sourceRecordId") DO NOTHING
    RETURNING id, "userId", passed`,
  );
}

/**
 * Applies one chunk of an import inside the caller's transaction: validates each row, resolves addresses in bulk,
 * stores new results (a source record id already stored is skipped, which makes the chunk idempotent), then, holding
 * its candidates' record locks, records the certifications and issues the badges that only the new results earn.
 * A fixed number of queries per chunk.
 */
export async function processExamResultChunk(
  tx: Tx,
  rows: RawRow[],
  ctx: ChunkContext,
  turn?: ChunkTurn,
): Promise<ImportReport> {
  const report = emptyReport();
  const { valid, rejected } = validate(rows, ctx);
  report.rejected = rejected;
  report.rejectedCount = rejected.length;
  report.accepted = valid.length;
  if (valid.length === 0) return report;

  const owners = await resolveUsersByEmail(
    tx,
    valid.map((v) => v.data.email),
  );
  const inserted = await insertResults(tx, valid, owners, ctx.importId);
  report.created = inserted.length;
  report.alreadyImported = valid.length - inserted.length;
  report.unmatched = inserted.filter((r) => r.userId === null).length;

  const passed = inserted.filter((r) => r.passed && r.userId !== null);
  if (passed.length === 0) return report;
  const candidates = [...new Set(passed.map((r) => r.userId!))];
  await turn?.mayLock();
  await lockCandidateRecords(tx, candidates);
  turn?.locked();
  const earned = await recordEarnedCertifications(tx, candidates);
  report.certificationsEarned = earned.length;
  const issued = await issueBadgesForRecords(
    tx,
    { examResultIds: passed.map((r) => r.id), earnedCertificationIds: earned.map((e) => e.id) },
    { actorId: ctx.actorId ?? undefined, notify: true },
  );
  report.badgesIssued = issued.badgeIds.length;
  report.emailsQueued = issued.emailsQueued;
  return report;
}
