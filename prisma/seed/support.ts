import type { Db } from "@/lib/db";
import { createCandidate } from "@/lib/accounts/create-candidate";
import { issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";
import { recordEarnedCertifications } from "@/lib/records/earn-certifications";

const day = 24 * 60 * 60 * 1000;

/**
 * Casework for the support console's demo: one person with two accounts (the Certiport "two accounts" case, each
 * holding half of a history) who has also asked for a legal-name change, and a staff note on the demo candidate.
 */
export async function seedSupportCases(db: Db, now = new Date()) {
  const support = await db.user.findFirst({ where: { role: "SUPPORT" }, select: { id: true } });
  const exams = new Map(
    (await db.exam.findMany({ where: { code: { in: ["AZ-900", "AI-900"] } }, select: { id: true, code: true } })).map(
      (e) => [e.code, e.id],
    ),
  );
  if (!support || exams.size < 2) return;

  await db.$transaction(async (tx) => {
    const main = await createCandidate(tx, {
      email: "mateo.garcia@example.com",
      legalFirstName: "Mateo",
      legalLastName: "García",
      emailVerified: new Date(now.getTime() - 400 * day),
    });
    const duplicate = await createCandidate(tx, {
      email: "m.garcia@work.example",
      legalFirstName: "Mateo",
      legalLastName: "Garcia",
    });
    await tx.user.update({ where: { id: main.id }, data: { lastSignInAt: new Date(now.getTime() - 12 * day) } });
    const result = (userId: string, code: string, n: number, email: string) => ({
      userId,
      examId: exams.get(code)!,
      takenOn: new Date(now.getTime() - n * 30 * day),
      score: 810 + n,
      passed: true,
      channel: "ONLINE" as const,
      sourceRecordId: `PV-DUP-${n}`,
      sourceEmail: email,
      sourceName: "Mateo Garcia",
    });
    await tx.examResult.createMany({
      data: [result(main.id, "AZ-900", 14, main.email), result(duplicate.id, "AI-900", 5, duplicate.email)],
    });
    const earned = await recordEarnedCertifications(tx, [main.id, duplicate.id], now);
    await issueBadgesForRecords(tx, { earnedCertificationIds: earned.map((e) => e.id) }, { notify: false, now });
    await tx.nameChangeRequest.create({
      data: {
        userId: main.id,
        currentFirstName: "Mateo",
        currentLastName: "García",
        requestedFirstName: "Mateo",
        requestedLastName: "García López",
        reason: "My ID card shows both family names.",
      },
    });
    const demo = await tx.user.findUnique({ where: { email: "candidate@certdash.example" }, select: { id: true } });
    if (demo) {
      await tx.staffNote.create({
        data: {
          candidateId: demo.id,
          authorId: support.id,
          body: "Asked why 74-343 has no badge: that exam is excluded from the badge program (see FAQ).",
        },
      });
    }
  });
}
