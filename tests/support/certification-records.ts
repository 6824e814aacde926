import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { newCertificateNumber } from "@/lib/rules/certification";

const tag = () => randomBytes(3).toString("hex").toUpperCase();

/** A certification with one exam, as the catalogue would hold it. */
export async function makeCertification(
  opts: { validityMonths?: number | null; retired?: boolean; title?: string } = {},
) {
  const t = tag();
  const exam = await db.exam.create({
    data: {
      code: `EX-${t}`,
      title: `Exam ${t}`,
      status: opts.retired ? "RETIRED" : "ACTIVE",
      retiredOn: opts.retired ? new Date("2021-01-31") : null,
    },
  });
  const certification = await db.certification.create({
    data: {
      code: `CERT-${t}`,
      title: opts.title ?? `Certification ${t}`,
      level: opts.validityMonths === null ? "FUNDAMENTALS" : "ASSOCIATE",
      validityMonths: opts.validityMonths === undefined ? 12 : opts.validityMonths,
      status: opts.retired ? "RETIRED" : "ACTIVE",
      retiredOn: opts.retired ? new Date("2021-01-31") : null,
      exams: { create: [{ examId: exam.id }] },
    },
  });
  return { exam, certification };
}

/** A candidate's earned certification with the given dates (the exam pass that earned it included). */
export async function earn(
  userId: string,
  cert: { certification: { id: string }; exam: { id: string } },
  opts: { earnedOn: Date; expiresOn: Date | null; status?: "ACTIVE" | "EXPIRED" | "RETIRED" },
) {
  await db.examResult.create({
    data: {
      userId,
      examId: cert.exam.id,
      takenOn: opts.earnedOn,
      score: 812,
      passed: true,
      channel: "ONLINE",
      sourceEmail: "x@example.com",
    },
  });
  return db.earnedCertification.create({
    data: {
      userId,
      certificationId: cert.certification.id,
      earnedOn: opts.earnedOn,
      expiresOn: opts.expiresOn,
      status: opts.status ?? "ACTIVE",
      certificateNumber: newCertificateNumber(),
    },
  });
}

/** A badge for an earned certification, as issuance would create it. */
export async function makeCertificationBadge(
  userId: string,
  earned: { id: string; expiresOn: Date | null },
  email: string,
) {
  const template = await db.badgeTemplate.create({
    data: { slug: `tpl-${tag().toLowerCase()}`, name: "Badge", description: "A badge", criteria: "Pass the exam" },
  });
  return db.badge.create({
    data: {
      templateId: template.id,
      userId,
      earningKey: earned.id,
      earnedCertificationId: earned.id,
      recipientEmail: email,
      recipientSalt: tag(),
      state: "ACCEPTED",
      expiresOn: earned.expiresOn,
    },
  });
}

export const day = (s: string) => new Date(`${s}T00:00:00Z`);
