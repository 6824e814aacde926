import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { formatMcid } from "@/lib/rules/mcid";
import { recordEarnedCertifications } from "@/lib/records/earn-certifications";
import { issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";
import { resolveCandidateRef } from "@/lib/accounts/resolve";
import { linkExamResultSchema, pageSchema } from "@/lib/validation/support";
import { candidateOr404 } from "@/lib/accounts/candidate-or-404";
import { requireStaff } from "@/lib/support/guard";

export const UNMATCHED_PAGE_SIZE = 25;

/**
 * Exam results whose email matched no account, newest first, each with the candidate who has claimed that address
 * without confirming it yet (the likeliest owner) when there is one.
 */
export async function listUnmatchedResults(input: unknown = {}) {
  await requireStaff();
  const { page } = pageSchema.parse(input ?? {});
  const where = { userId: null };
  const [rows, total] = await Promise.all([
    db.examResult.findMany({
      where,
      orderBy: [{ takenOn: "desc" }, { id: "asc" }],
      skip: (page - 1) * UNMATCHED_PAGE_SIZE,
      take: UNMATCHED_PAGE_SIZE,
      select: {
        id: true,
        takenOn: true,
        score: true,
        passed: true,
        channel: true,
        sourceEmail: true,
        sourceName: true,
        sourceRecordId: true,
        createdAt: true,
        exam: { select: { code: true, title: true } },
      },
    }),
    db.examResult.count({ where }),
  ]);
  const claims = await db.candidateEmail.findMany({
    where: { email: { in: [...new Set(rows.map((r) => r.sourceEmail.toLowerCase()))] } },
    select: {
      email: true,
      user: {
        select: {
          id: true,
          email: true,
          status: true,
          role: true,
          profile: { select: { mcid: true, legalFirstName: true, legalLastName: true } },
        },
      },
    },
  });
  const suggestion = new Map(
    claims
      .filter((c) => c.user.role === "CANDIDATE" && c.user.status !== "MERGED")
      .map((c) => [
        c.email,
        {
          userId: c.user.id,
          email: c.user.email,
          mcid: c.user.profile ? formatMcid(c.user.profile.mcid) : null,
          name: [c.user.profile?.legalFirstName, c.user.profile?.legalLastName].filter(Boolean).join(" "),
        },
      ]),
  );
  return {
    page,
    pageSize: UNMATCHED_PAGE_SIZE,
    total,
    results: rows.map(({ exam, ...r }) => ({
      ...r,
      examCode: exam.code,
      examTitle: exam.title,
      suggestion: suggestion.get(r.sourceEmail.toLowerCase()) ?? null,
    })),
  };
}

/**
 * Gives an unmatched result to the candidate support has identified, then records what it earns and issues the
 * badges, in the same transaction: the "I passed but never got my badge" fix in one step.
 */
export async function linkExamResult(input: unknown) {
  const viewer = await requireStaff();
  const { examResultId, candidate, reason } = linkExamResultSchema.parse(input);
  const userId = await resolveCandidateRef(db, candidate);
  if (!userId)
    throw new DomainError("No candidate has that MCID or email address.", {
      candidate: ["No candidate has that MCID or email address"],
    });
  await candidateOr404(db, userId);
  return db.$transaction(async (tx) => {
    const result = await tx.examResult.findUnique({
      where: { id: examResultId },
      select: {
        id: true,
        userId: true,
        sourceEmail: true,
        sourceRecordId: true,
        passed: true,
        exam: { select: { code: true } },
      },
    });
    if (!result) notFound();
    // Conditional on still being unmatched, so a result is never taken from someone it was already given to.
    const { count } = await tx.examResult.updateMany({ where: { id: examResultId, userId: null }, data: { userId } });
    if (count === 0) throw new DomainError("This exam result already belongs to a candidate.");
    const earned = await recordEarnedCertifications(tx, [userId]);
    const issued = await issueBadgesForRecords(
      tx,
      { examResultIds: result.passed ? [examResultId] : [], earnedCertificationIds: earned.map((e) => e.id) },
      { actorId: viewer.userId },
    );
    await audit(tx, {
      actorId: viewer.userId,
      action: "exam_result.link",
      targetType: "ExamResult",
      targetId: examResultId,
      candidateId: userId,
      reason,
      detail: {
        examCode: result.exam.code,
        sourceEmail: result.sourceEmail,
        sourceRecordId: result.sourceRecordId,
        certificationsEarned: earned.map((e) => e.id),
        badgesIssued: issued.badgeIds,
      },
    });
    return { userId, certificationsEarned: earned.length, badgesIssued: issued.badgeIds.length };
  });
}
