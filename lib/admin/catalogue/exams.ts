import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requireAdmin } from "@/lib/admin/guard";
import { setStatus } from "@/lib/admin/catalogue/status";
import { skillIdsFor } from "@/lib/catalogue/skills";
import { codeTaken, withCodeCheck } from "@/lib/catalogue/code-check";
import { examSchema, type ExamInput } from "@/lib/validation/catalogue";

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

/** Retiring keeps every result and badge; results dated after the retirement are refused by imports. */
export const retireExam = (id: string, retiredOn: Date) => setStatus("exam", id, retiredOn);
export const restoreExam = (id: string) => setStatus("exam", id, null);
