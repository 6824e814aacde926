import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { makeCandidate } from "../support/factories";

const suffix = () => randomBytes(3).toString("hex").toUpperCase();

/**
 * A small catalogue covering every issuance rule: a single-exam certification (its exam gets no badge), a
 * two-exam certification (each exam gets a badge), an exam excluded from the program and a legacy exam.
 */
export async function badgeCatalogue() {
  const s = suffix();
  const exam = (code: string, title: string) => db.exam.create({ data: { code: `${code}-${s}`, title } });
  const [single, partA, partB, excluded, legacy] = await Promise.all([
    exam("SGL", "Administer Things"),
    exam("PTA", "Design Part A"),
    exam("PTB", "Design Part B"),
    exam("EXC", "Managing Projects"),
    exam("LEG", "Legacy Systems"),
  ]);
  const skill = await db.skill.create({ data: { name: `Cloud ops ${s}`, slug: `cloud-ops-${s.toLowerCase()}` } });
  const singleCert = await db.certification.create({
    data: {
      code: `ADMIN-${s}`,
      title: "Certified Administrator",
      level: "ASSOCIATE",
      validityMonths: 12,
      requirement: "ONE",
      exams: { create: [{ examId: single.id }] },
    },
  });
  const pairCert = await db.certification.create({
    data: {
      code: `DESIGN-${s}`,
      title: "Certified Designer",
      level: "EXPERT",
      validityMonths: 24,
      requirement: "ALL",
      exams: { create: [{ examId: partA.id }, { examId: partB.id }] },
    },
  });
  const template = (data: {
    slug: string;
    name: string;
    examId?: string;
    certificationId?: string;
    inBadgeProgram?: boolean;
  }) =>
    db.badgeTemplate.create({
      data: {
        description: `${data.name} description`,
        criteria: `Earn ${data.name}.`,
        skills: { connect: [{ id: skill.id }] },
        ...data,
        slug: `${data.slug}-${s.toLowerCase()}`,
      },
    });
  const templates = {
    singleCert: await template({ slug: "admin", name: "Certified Administrator", certificationId: singleCert.id }),
    pairCert: await template({ slug: "design", name: "Certified Designer", certificationId: pairCert.id }),
    partA: await template({ slug: "part-a", name: "Exam Part A", examId: partA.id }),
    partB: await template({ slug: "part-b", name: "Exam Part B", examId: partB.id }),
    // An exam template that would never be used: the exam earns a certification on its own.
    single: await template({ slug: "single", name: "Exam Single", examId: single.id }),
    excluded: await template({ slug: "excluded", name: "Exam Excluded", examId: excluded.id, inBadgeProgram: false }),
  };
  return { exams: { single, partA, partB, excluded, legacy }, certs: { singleCert, pairCert }, templates, skill };
}

export async function passExam(userId: string, examId: string, takenOn = new Date("2025-03-01"), passed = true) {
  return db.examResult.create({
    data: {
      userId,
      examId,
      takenOn,
      score: passed ? 820 : 500,
      passed,
      channel: "ONLINE",
      sourceEmail: "partner@example.com",
    },
  });
}

export async function earnCert(
  userId: string,
  certificationId: string,
  expiresOn: Date | null = new Date("2027-03-01"),
) {
  return db.earnedCertification.create({
    data: {
      userId,
      certificationId,
      earnedOn: new Date("2025-03-01"),
      expiresOn,
      certificateNumber: `CN-${suffix()}${suffix()}`,
    },
  });
}

/** A candidate holding one pending badge for a certification, and the catalogue behind it. */
export async function candidateWithBadge(opts: { autoAccept?: boolean; notify?: boolean } = {}) {
  const { issueBadgesForRecords } = await import("@/lib/badges/lifecycle/issue");
  const cat = await badgeCatalogue();
  const candidate = await makeCandidate({ legalFirstName: "Ada", legalLastName: "Lovelace" });
  if (opts.autoAccept)
    await db.candidateProfile.update({ where: { userId: candidate.id }, data: { autoAcceptBadges: true } });
  const earned = await earnCert(candidate.id, cat.certs.singleCert.id);
  const { badgeIds } = await db.$transaction((tx) =>
    issueBadgesForRecords(tx, { earnedCertificationIds: [earned.id] }, { notify: opts.notify }),
  );
  return { cat, candidate, earned, badgeId: badgeIds[0] };
}
