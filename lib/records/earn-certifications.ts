import type { Tx } from "@/lib/db";
import { certificationsToAward, earnedStatus, newCertificateNumber, type CertificationDef } from "@/lib/rules/certification";

export type NewlyEarned = { id: string; userId: string; certificationId: string; earnedOn: Date };

/**
 * Records the certifications that these candidates' passed exams earn and their records do not show yet. Batched
 * (a fixed number of queries however many candidates) so bulk imports can call it per chunk, and idempotent: the
 * unique (user, certification, earned on) key makes a repeat, or a concurrent import, create nothing.
 * Returns only the certifications created by this call.
 */
export async function recordEarnedCertifications(tx: Tx, userIds: string[], now = new Date()): Promise<NewlyEarned[]> {
  if (userIds.length === 0) return [];
  const passes = await tx.examResult.findMany({
    where: { userId: { in: userIds }, passed: true },
    select: { userId: true, examId: true, takenOn: true },
  });
  if (passes.length === 0) return [];
  const examIds = [...new Set(passes.map((p) => p.examId))];
  const certs = await tx.certification.findMany({
    where: { exams: { some: { examId: { in: examIds } } } },
    select: { id: true, requirement: true, requiredCount: true, validityMonths: true, retiredOn: true, status: true, exams: { select: { examId: true } } },
  });
  const defs: CertificationDef[] = certs.map((c) => ({
    id: c.id,
    requirement: { kind: c.requirement, requiredCount: c.requiredCount, examIds: c.exams.map((e) => e.examId) },
    validityMonths: c.validityMonths,
    retiredOn: c.status === "RETIRED" ? (c.retiredOn ?? now) : null,
  }));
  const held = await tx.earnedCertification.findMany({
    where: { userId: { in: userIds }, certificationId: { in: certs.map((c) => c.id) } },
    select: { userId: true, certificationId: true, earnedOn: true, expiresOn: true },
  });

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
  return tx.earnedCertification.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { id: true, userId: true, certificationId: true, earnedOn: true },
  });
}
