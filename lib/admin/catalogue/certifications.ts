import "server-only";
import { notFound } from "next/navigation";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { requireAdmin } from "@/lib/admin/guard";
import { setStatus } from "@/lib/admin/catalogue/status";
import { skillIdsFor } from "@/lib/catalogue/skills";
import { codeTaken, withCodeCheck } from "@/lib/catalogue/code-check";
import { certificationSchema, type CertificationInput } from "@/lib/validation/catalogue";

export async function getCertification(id: string) {
  await requireAdmin();
  const cert = await db.certification.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      title: true,
      description: true,
      level: true,
      validityMonths: true,
      requirement: true,
      requiredCount: true,
      status: true,
      retiredOn: true,
      skills: { select: { name: true }, orderBy: { name: "asc" } },
      exams: { select: { exam: { select: { code: true } } } },
      _count: { select: { earned: true } },
    },
  });
  if (!cert) notFound();
  return {
    ...cert,
    skills: cert.skills.map((s) => s.name),
    examCodes: cert.exams.map((e) => e.exam.code).sort(),
    earned: cert._count.earned,
  };
}

async function examIdsFor(tx: Tx, codes: string[]) {
  const exams = await tx.exam.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const unknown = codes.filter((c) => !exams.some((e) => e.code === c));
  if (unknown.length) {
    throw new DomainError("Some exam codes are not in the catalogue.", {
      examCodes: [`No exam has the code ${unknown.join(", ")}.`],
    });
  }
  return exams.map((e) => e.id);
}

function certData(input: CertificationInput) {
  return {
    code: input.code,
    title: input.title,
    description: input.description,
    level: input.level,
    validityMonths: input.validityMonths,
    requirement: input.requirement,
    requiredCount: input.requiredCount,
  };
}

export async function createCertification(raw: CertificationInput) {
  const viewer = await requireAdmin();
  const input = certificationSchema.parse(raw);
  if (await db.certification.findUnique({ where: { code: input.code }, select: { id: true } }))
    throw codeTaken(input.code, "certification");
  return withCodeCheck(input.code, "certification", () =>
    db.$transaction(async (tx) => {
      const examIds = await examIdsFor(tx, input.examCodes);
      const skillIds = await skillIdsFor(tx, input.skills);
      const cert = await tx.certification.create({
        data: {
          ...certData(input),
          skills: { connect: skillIds.map((id) => ({ id })) },
          exams: { create: examIds.map((examId) => ({ examId })) },
        },
        select: { id: true, code: true },
      });
      await audit(tx, {
        actorId: viewer.userId,
        action: "certification.create",
        targetType: "Certification",
        targetId: cert.id,
        detail: { ...input },
      });
      return cert;
    }),
  );
}

/**
 * Changing the exams or the rule applies to results from now on; certifications already earned stay on record
 * (history is never rewritten).
 */
export async function updateCertification(id: string, raw: CertificationInput) {
  const viewer = await requireAdmin();
  const input = certificationSchema.parse(raw);
  const clash = await db.certification.findUnique({ where: { code: input.code }, select: { id: true } });
  if (clash && clash.id !== id) throw codeTaken(input.code, "certification");
  return withCodeCheck(input.code, "certification", () =>
    db.$transaction(async (tx) => {
      const before = await tx.certification.findUnique({
        where: { id },
        select: {
          code: true,
          requirement: true,
          requiredCount: true,
          exams: { select: { exam: { select: { code: true } } } },
        },
      });
      if (!before) notFound();
      const examIds = await examIdsFor(tx, input.examCodes);
      const skillIds = await skillIdsFor(tx, input.skills);
      await tx.certificationExam.deleteMany({ where: { certificationId: id, examId: { notIn: examIds } } });
      await tx.certificationExam.createMany({
        data: examIds.map((examId) => ({ certificationId: id, examId })),
        skipDuplicates: true,
      });
      const cert = await tx.certification.update({
        where: { id },
        data: { ...certData(input), skills: { set: skillIds.map((s) => ({ id: s })) } },
        select: { id: true, code: true },
      });
      await audit(tx, {
        actorId: viewer.userId,
        action: "certification.update",
        targetType: "Certification",
        targetId: id,
        detail: { before: { ...before, exams: before.exams.map((e) => e.exam.code) }, after: { ...input } },
      });
      return cert;
    }),
  );
}

/** Earned records stay; they show as retired in transcripts, and return to active or expired when restored. */
export const retireCertification = (id: string, retiredOn: Date) =>
  setStatus("certification", id, retiredOn, (tx) =>
    tx.earnedCertification.updateMany({
      where: { certificationId: id, status: { not: "RETIRED" } },
      data: { status: "RETIRED" },
    }),
  );

export const restoreCertification = (id: string) =>
  setStatus("certification", id, null, async (tx) => {
    const now = new Date();
    await tx.earnedCertification.updateMany({
      where: { certificationId: id, status: "RETIRED", OR: [{ expiresOn: null }, { expiresOn: { gt: now } }] },
      data: { status: "ACTIVE" },
    });
    await tx.earnedCertification.updateMany({
      where: { certificationId: id, status: "RETIRED", expiresOn: { lte: now } },
      data: { status: "EXPIRED" },
    });
  });
