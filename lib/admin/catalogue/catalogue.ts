import "server-only";
import { notFound } from "next/navigation";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireAdmin } from "@/lib/admin/guard";
import { skillIdsFor } from "@/lib/catalogue/skills";
import { certificationSchema, examSchema, type CertificationInput, type ExamInput } from "@/lib/validation/catalogue";

const codeTaken = (code: string, what: string) =>
  new DomainError(`The code ${code} is already used by another ${what}.`, {
    code: [`${code} is already in use: choose another code.`],
  });

/** Turns a lost race on the unique code into the same field error the pre-check gives. */
async function withCodeCheck<T>(code: string, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw codeTaken(code, what);
    throw error;
  }
}

// ───────────── reading ─────────────

export async function listCatalogue() {
  await requireAdmin();
  const [exams, certifications] = await Promise.all([
    db.exam.findMany({
      orderBy: [{ status: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        title: true,
        status: true,
        retiredOn: true,
        _count: { select: { results: true } },
        badgeTemplate: { select: { id: true } },
      },
    }),
    db.certification.findMany({
      orderBy: [{ status: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        title: true,
        level: true,
        validityMonths: true,
        requirement: true,
        requiredCount: true,
        status: true,
        retiredOn: true,
        exams: { select: { exam: { select: { code: true } } } },
        _count: { select: { earned: true } },
        badgeTemplate: { select: { id: true } },
      },
    }),
  ]);
  return {
    exams: exams.map((e) => ({
      id: e.id,
      code: e.code,
      title: e.title,
      status: e.status,
      retiredOn: e.retiredOn,
      results: e._count.results,
      templateId: e.badgeTemplate?.id ?? null,
    })),
    certifications: certifications.map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      level: c.level,
      validityMonths: c.validityMonths,
      requirement: c.requirement,
      requiredCount: c.requiredCount,
      status: c.status,
      retiredOn: c.retiredOn,
      examCodes: c.exams.map((x) => x.exam.code).sort(),
      earned: c._count.earned,
      templateId: c.badgeTemplate?.id ?? null,
    })),
  };
}

export async function getExam(id: string) {
  await requireAdmin();
  const exam = await db.exam.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      title: true,
      description: true,
      status: true,
      retiredOn: true,
      skills: { select: { name: true }, orderBy: { name: "asc" } },
      _count: { select: { results: true } },
    },
  });
  if (!exam) notFound();
  return { ...exam, skills: exam.skills.map((s) => s.name), results: exam._count.results };
}

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

// ───────────── exams ─────────────

export async function createExam(raw: ExamInput) {
  const viewer = await requireAdmin();
  const input = examSchema.parse(raw);
  if (await db.exam.findUnique({ where: { code: input.code }, select: { id: true } }))
    throw codeTaken(input.code, "exam");
  return withCodeCheck(input.code, "exam", () =>
    db.$transaction(async (tx) => {
      const skillIds = await skillIdsFor(tx, input.skills);
      const exam = await tx.exam.create({
        data: {
          code: input.code,
          title: input.title,
          description: input.description,
          skills: { connect: skillIds.map((id) => ({ id })) },
        },
        select: { id: true, code: true },
      });
      await audit(tx, {
        actorId: viewer.userId,
        action: "exam.create",
        targetType: "Exam",
        targetId: exam.id,
        detail: { ...input },
      });
      return exam;
    }),
  );
}

export async function updateExam(id: string, raw: ExamInput) {
  const viewer = await requireAdmin();
  const input = examSchema.parse(raw);
  const clash = await db.exam.findUnique({ where: { code: input.code }, select: { id: true } });
  if (clash && clash.id !== id) throw codeTaken(input.code, "exam");
  return withCodeCheck(input.code, "exam", () =>
    db.$transaction(async (tx) => {
      const before = await tx.exam.findUnique({ where: { id }, select: { code: true, title: true } });
      if (!before) notFound();
      const skillIds = await skillIdsFor(tx, input.skills);
      const exam = await tx.exam.update({
        where: { id },
        data: {
          code: input.code,
          title: input.title,
          description: input.description,
          skills: { set: skillIds.map((s) => ({ id: s })) },
        },
        select: { id: true, code: true },
      });
      await audit(tx, {
        actorId: viewer.userId,
        action: "exam.update",
        targetType: "Exam",
        targetId: id,
        detail: { before, after: { ...input } },
      });
      return exam;
    }),
  );
}

async function setStatus(
  kind: "exam" | "certification",
  id: string,
  retiredOn: Date | null,
  afterChange?: (tx: Tx) => Promise<unknown>,
) {
  const viewer = await requireAdmin();
  return db.$transaction(async (tx) => {
    const data = { status: retiredOn ? ("RETIRED" as const) : ("ACTIVE" as const), retiredOn };
    const where = { id };
    const row =
      kind === "exam"
        ? await tx.exam.update({ where, data, select: { id: true, code: true } }).catch(() => null)
        : await tx.certification.update({ where, data, select: { id: true, code: true } }).catch(() => null);
    if (!row) notFound();
    await afterChange?.(tx);
    await audit(tx, {
      actorId: viewer.userId,
      action: `${kind}.${retiredOn ? "retire" : "restore"}`,
      targetType: kind === "exam" ? "Exam" : "Certification",
      targetId: id,
      detail: { code: row.code, retiredOn: retiredOn?.toISOString().slice(0, 10) ?? null },
    });
    return row;
  });
}

/** Retiring keeps every result and badge; results dated after the retirement are refused by imports. */
export const retireExam = (id: string, retiredOn: Date) => setStatus("exam", id, retiredOn);
export const restoreExam = (id: string) => setStatus("exam", id, null);

// ───────────── certifications ─────────────

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

/** Exams and certifications for pickers (badge templates). */
export async function catalogueChoices() {
  await requireAdmin();
  const [exams, certifications] = await Promise.all([
    db.exam.findMany({ orderBy: { code: "asc" }, select: { code: true, title: true, status: true } }),
    db.certification.findMany({ orderBy: { code: "asc" }, select: { code: true, title: true, status: true } }),
  ]);
  return { exams, certifications };
}
