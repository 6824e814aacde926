import "server-only";
import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/admin/guard";

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

/** Exams and certifications for pickers (badge templates). */
export async function catalogueChoices() {
  await requireAdmin();
  const [exams, certifications] = await Promise.all([
    db.exam.findMany({ orderBy: { code: "asc" }, select: { code: true, title: true, status: true } }),
    db.certification.findMany({ orderBy: { code: "asc" }, select: { code: true, title: true, status: true } }),
  ]);
  return { exams, certifications };
}
