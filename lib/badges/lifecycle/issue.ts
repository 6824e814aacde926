import { Prisma } from "@/lib/generated/prisma/client";
import { bulkQuery } from "@/lib/db/bulk-statements";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { newId, sqlTimestamp, sqlTimestampOrNull } from "@/lib/db/bulk-values";
import {
  BADGE_ISSUED_TEMPLATE,
  badgeIssuedSubject,
  queueBadgeMails,
  type BadgeMail,
} from "@/lib/badges/lifecycle/mail";
import { newRecipientSalt } from "@/lib/badges/documents/recipient";
import {
  badgeVerdict,
  type BadgeRequest,
  type ExamRecord,
  type CertificationRecord,
} from "@/lib/badges/lifecycle/rules";

export type IssueRequest = BadgeRequest;
export type IssueOptions = { actorId?: string; notify?: boolean; now?: Date };
export type IssueResult = { badgeIds: string[]; emailsQueued: number };

type BadgeRow = {
  id: string;
  templateId: string;
  userId: string;
  earningKey: string;
  examResultId: string | null;
  earnedCertificationId: string | null;
  expiresOn: Date | null;
  recipientEmail: string;
  recipientSalt: string;
  state: "ACCEPTED" | "PENDING";
};
type Recipient = { id: string; email: string; autoAcceptBadges: boolean | null };
type CreatedBadge = {
  id: string;
  userId: string;
  state: "ACCEPTED" | "PENDING";
  recipientEmail: string;
  templateName: string;
};

/**
 * Inserts the badges and, for those actually created, their ISSUED (and AUTO_ACCEPTED) events: one set-based
 * statement, since the ORM's bulk insert costs about a millisecond a row and imports issue thousands. Events are
 * prepared for every row but joined to what the INSERT returned, so a badge that already existed (the unique
 * template + recipient + earning key, possibly taken by a concurrent import a moment ago) gets no duplicate event.
 */
async function insertBadges(tx: Tx, rows: BadgeRow[], now: Date, actorId: string | null): Promise<CreatedBadge[]> {
  if (rows.length === 0) return [];
  const at = sqlTimestamp(now);
  const stamp = sqlTimestamp(new Date());
  const col = <T>(pick: (r: BadgeRow) => T) => rows.map(pick);
  const events = rows.flatMap((r) => [
    { badgeId: r.id, type: "ISSUED", actorId },
    ...(r.state === "ACCEPTED" ? [{ badgeId: r.id, type: "AUTO_ACCEPTED", actorId: null }] : []),
  ]);
  return bulkQuery<CreatedBadge>(
    tx,
    Prisma.sql`
    WITH created AS (
      INSERT INTO "Badge" (id, "templateId", "userId", "earningKey", "examResultId", "earnedCertificationId", "expiresOn",
                           "recipientEmail", "recipientSalt", state, "acceptedAt", "issuedOn", "createdAt", "updatedAt")
      SELECT b.id, b.template_id, b.user_id, b.earning_key, b.exam_result_id, b.earned_certification_id, b.expires_on::timestamp(3),
             b.email, b.salt, b.state::"BadgeState", CASE WHEN b.state = 'ACCEPTED' THEN ${at}::timestamp(3) END,
             ${at}::timestamp(3), ${stamp}::timestamp(3), ${stamp}::timestamp(3)
      FROM unnest(
        ${col((r) => r.id)}::text[], ${col((r) => r.templateId)}::text[], ${col((r) => r.userId)}::text[], ${col((r) => r.earningKey)}::text[],
        ${col((r) => r.examResultId)}::text[], ${col((r) => r.earnedCertificationId)}::text[], ${col((r) => sqlTimestampOrNull(r.expiresOn))}::text[],
        ${col((r) => r.recipientEmail)}::text[], ${col((r) => r.recipientSalt)}::text[], ${col((r) => r.state)}::text[]
      ) AS b(id, template_id, user_id, earning_key, exam_result_id, earned_certification_id, expires_on, email, salt, state)
      ON CONFLICT DO NOTHING
      RETURNING id, "userId", state, "recipientEmail", "templateId"
    ), events AS (
      INSERT INTO "BadgeEvent" (id, "badgeId", type, at, "actorId")
      SELECT e.id, e.badge_id, e.type::"BadgeEventType", ${at}::timestamp(3), e.actor_id
      FROM unnest(
        ${events.map(() => newId())}::text[], ${events.map((e) => e.badgeId)}::text[], ${events.map((e) => e.type)}::text[],
        ${events.map((e) => e.actorId)}::text[]
      ) AS e(id, badge_id, type, actor_id)
      JOIN created c ON c.id = e.badge_id
    )
    SELECT c.id, c."userId", c.state::text AS state, c."recipientEmail", t.name AS "templateName"
    FROM created c JOIN "BadgeTemplate" t ON t.id = c."templateId"`,
  );
}

/**
 * Issues badges. Idempotent and safe under concurrent imports: the unique (template, recipient, earning key) and
 * INSERT ... ON CONFLICT DO NOTHING mean a repeat creates nothing, and only badges created by this call are
 * returned, notified and recorded. Candidates who accept badges automatically get them ACCEPTED; the email still
 * tells them. A fixed number of statements however many requests.
 */
export async function issueBadges(tx: Tx, requests: IssueRequest[], opts: IssueOptions = {}): Promise<IssueResult> {
  const now = opts.now ?? new Date();
  const unique = [...new Map(requests.map((r) => [`${r.templateId}|${r.userId}|${r.earningKey}`, r])).values()];
  if (unique.length === 0) return { badgeIds: [], emailsQueued: 0 };

  // One array parameter, each profile looked up by its unique key: a plain join let the planner hash the whole
  // profile table for a few hundred recipients.
  const users = await bulkQuery<Recipient>(
    tx,
    Prisma.sql`
    SELECT u.id, u.email, (SELECT p."autoAcceptBadges" FROM "CandidateProfile" p WHERE p."userId" = u.id) AS "autoAcceptBadges"
    FROM unnest(${[...new Set(unique.map((r) => r.userId))]}::text[]) AS w(id) JOIN "User" u ON u.id = w.id`,
  );
  const userById = new Map(users.map((u) => [u.id, u]));
  const rows: BadgeRow[] = unique
    .filter((r) => userById.has(r.userId))
    .map((r) => {
      const auto = userById.get(r.userId)!.autoAcceptBadges ?? false;
      return {
        id: randomUUID(),
        templateId: r.templateId,
        userId: r.userId,
        earningKey: r.earningKey,
        examResultId: r.examResultId ?? null,
        earnedCertificationId: r.earnedCertificationId ?? null,
        expiresOn: r.expiresOn ?? null,
        recipientEmail: userById.get(r.userId)!.email,
        recipientSalt: newRecipientSalt(),
        state: auto ? "ACCEPTED" : "PENDING",
      };
    });
  const created = await insertBadges(tx, rows, now, opts.actorId ?? null);
  if (created.length === 0) return { badgeIds: [], emailsQueued: 0 };

  let emailsQueued = 0;
  if (opts.notify ?? true) {
    // Bodies and claim links are made when each message is sent (lib/badges/mail.ts): here only what the outbox
    // lists. A badge waiting to be claimed gets a sensitive message, which is what tells the sender to mint a link.
    const mails: BadgeMail[] = created.map((b) => ({
      template: BADGE_ISSUED_TEMPLATE,
      subject: badgeIssuedSubject(b.templateName),
      to: b.recipientEmail,
      userId: b.userId,
      badgeId: b.id,
      sensitive: b.state === "PENDING",
    }));
    emailsQueued = await queueBadgeMails(tx, mails);
  }
  return { badgeIds: created.map((b) => b.id), emailsQueued };
}

type ExamCatalogueRow = {
  id: string;
  templateId: string | null;
  inBadgeProgram: boolean | null;
  certifications: ExamRecord["certifications"];
};

const templateOf = (row: { templateId: string | null; inBadgeProgram: boolean | null }) =>
  row.templateId ? { id: row.templateId, inBadgeProgram: row.inBadgeProgram ?? false } : null;

/**
 * Applies the program's issuance rules (lib/badges/lifecycle/rules.ts) to records already stored: passed exam results that
 * belong to a candidate, and earned certifications. Three queries plus issueBadges' fixed few, so imports call it
 * once per chunk.
 */
export async function issueBadgesForRecords(
  tx: Tx,
  input: { examResultIds?: string[]; earnedCertificationIds?: string[] },
  opts: IssueOptions = {},
): Promise<IssueResult> {
  const examIds = [...new Set(input.examResultIds ?? [])];
  const certIds = [...new Set(input.earnedCertificationIds ?? [])];
  // Results and certifications are read flat with one array parameter each, and the exams' catalogue details once
  // per distinct exam: the ORM's nested read sent an IN list per record through every relation level, and a chunk
  // can carry thousands of both (a candidate's first new result records every certification their history earns).
  const [results, earned] = await Promise.all([
    examIds.length
      ? bulkQuery<{ id: string; userId: string; passed: boolean; examId: string }>(
          tx,
          Prisma.sql`
          SELECT id, "userId", passed, "examId" FROM "ExamResult"
          WHERE id = ANY(${examIds}::text[]) AND "userId" IS NOT NULL AND passed`,
        )
      : [],
    certIds.length
      ? bulkQuery<{
          id: string;
          userId: string;
          expiresOn: Date | null;
          templateId: string | null;
          inBadgeProgram: boolean | null;
        }>(
          tx,
          Prisma.sql`
          SELECT e.id, e."userId", e."expiresOn", t.id AS "templateId", t."inBadgeProgram"
          FROM "EarnedCertification" e LEFT JOIN "BadgeTemplate" t ON t."certificationId" = e."certificationId"
          WHERE e.id = ANY(${certIds}::text[])`,
        )
      : [],
  ]);
  // Raw too: imports call this once per chunk, and an ORM read costs more CPU than the query.
  const exams = results.length
    ? await bulkQuery<ExamCatalogueRow>(
        tx,
        Prisma.sql`
        SELECT e.id, t.id AS "templateId", t."inBadgeProgram",
               COALESCE((SELECT json_agg(json_build_object('requirement', c.requirement, 'requiredCount', c."requiredCount"))
                         FROM "CertificationExam" ce JOIN "Certification" c ON c.id = ce."certificationId"
                         WHERE ce."examId" = e.id), '[]'::json) AS certifications
        FROM "Exam" e LEFT JOIN "BadgeTemplate" t ON t."examId" = e.id
        WHERE e.id = ANY(${[...new Set(results.map((r) => r.examId))]}::text[])`,
      )
    : [];
  const examById = new Map(exams.map((e) => [e.id, e]));
  const records: (ExamRecord | CertificationRecord)[] = [
    ...results.map(
      (r): ExamRecord => ({
        kind: "exam",
        id: r.id,
        userId: r.userId,
        passed: r.passed,
        template: templateOf(examById.get(r.examId)!),
        certifications: examById.get(r.examId)!.certifications,
      }),
    ),
    ...earned.map(
      (e): CertificationRecord => ({
        kind: "certification",
        id: e.id,
        userId: e.userId,
        expiresOn: e.expiresOn,
        template: templateOf(e),
      }),
    ),
  ];
  const requests = records.flatMap((r) => {
    const verdict = badgeVerdict(r);
    return verdict.request ? [verdict.request] : [];
  });
  return issueBadges(tx, requests, opts);
}
