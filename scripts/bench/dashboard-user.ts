import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { createCandidate } from "@/lib/accounts/create-candidate";
import { issueBadgesForRecords } from "@/lib/badges/lifecycle/issue";
import { expiryFor, newCertificateNumber } from "@/lib/rules/certification";

/**
 * The dashboard's heavy case: a candidate with 20 certifications, 60 exam results and 20 accepted badges, signed
 * in through an ordinary database session. Returns the Cookie header.
 */
export async function dashboardSession(db: Db) {
  const user = await db.$transaction((tx) =>
    createCandidate(tx, {
      email: "heavy@bench.example",
      legalFirstName: "Heavy",
      legalLastName: "User",
      emailVerified: new Date(),
    }),
  );
  const exams = await db.exam.findMany({ orderBy: { code: "asc" }, take: 20 });
  const certs = await db.certification.findMany({
    where: { badgeTemplate: { isNot: null }, status: "ACTIVE" },
    orderBy: { code: "asc" },
    take: 20,
  });
  const day = 24 * 60 * 60 * 1000;
  await db.examResult.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      userId: user.id,
      examId: exams[i % exams.length].id,
      takenOn: new Date(Date.now() - (i + 1) * 20 * day),
      score: 600 + ((i * 7) % 350),
      passed: i % 4 !== 0,
      channel: "ONLINE" as const,
      sourceEmail: user.email,
      sourceRecordId: `HEAVY-${i}`,
    })),
  });
  const earned = await db.$transaction((tx) =>
    tx.earnedCertification.createManyAndReturn({
      data: certs.map((c, i) => {
        const earnedOn = new Date(Date.now() - (i + 1) * 30 * day);
        return {
          userId: user.id,
          certificationId: c.id,
          earnedOn,
          expiresOn: expiryFor(earnedOn, c.validityMonths),
          certificateNumber: newCertificateNumber(),
        };
      }),
      select: { id: true },
    }),
  );
  await db.$transaction((tx) =>
    issueBadgesForRecords(tx, { earnedCertificationIds: earned.map((e) => e.id) }, { notify: false }),
  );
  await db.badge.updateMany({ where: { userId: user.id }, data: { state: "ACCEPTED", acceptedAt: new Date() } });
  const badges = await db.badge.count({ where: { userId: user.id } });
  if (certs.length < 20 || badges < 20)
    console.warn(`[bench] heavy user has ${certs.length} certifications and ${badges} badges`);

  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + day) } });
  return `authjs.session-token=${sessionToken}`;
}
