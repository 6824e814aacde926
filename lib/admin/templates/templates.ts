import "server-only";
import { notFound } from "next/navigation";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireAdmin } from "@/lib/admin/guard";
import { getTemplateImage, saveTemplateImage } from "@/lib/badges/artwork/images";
import { skillIdsFor, slugForSkill } from "@/lib/catalogue/skills";
import { templateSchema, type TemplateInput } from "@/lib/validation/catalogue";

export async function listTemplates() {
  await requireAdmin();
  const templates = await db.badgeTemplate.findMany({
    orderBy: [{ status: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      slug: true,
      inBadgeProgram: true,
      status: true,
      exam: { select: { code: true } },
      certification: { select: { code: true } },
      _count: { select: { badges: true, images: true } },
    },
  });
  return templates.map((t) => ({
    id: t.id,
    name: t.name,
    slug: t.slug,
    inBadgeProgram: t.inBadgeProgram,
    status: t.status,
    linkedTo: t.exam ? `Exam ${t.exam.code}` : t.certification ? `Certification ${t.certification.code}` : "Nothing",
    badges: t._count.badges,
    hasImage: t._count.images > 0,
  }));
}

export async function getTemplate(id: string) {
  await requireAdmin();
  const t = await db.badgeTemplate.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      criteria: true,
      inBadgeProgram: true,
      status: true,
      updatedAt: true,
      exam: { select: { code: true, title: true } },
      certification: { select: { code: true, title: true, level: true, validityMonths: true } },
      skills: { select: { name: true }, orderBy: { name: "asc" } },
      _count: { select: { badges: true, images: true } },
    },
  });
  if (!t) notFound();
  return {
    ...t,
    skills: t.skills.map((s) => s.name),
    linkedTo: t.exam ? `EXAM:${t.exam.code}` : t.certification ? `CERT:${t.certification.code}` : "",
    badges: t._count.badges,
    hasImage: t._count.images > 0,
  };
}

/** The exam or certification a template is for; each may have one template only. */
async function resolveLink(tx: Tx, link: TemplateInput["link"], templateId?: string) {
  const refuse = (m: string) => new DomainError(m, { linkedTo: [m] });
  if (link.kind === "EXAM") {
    const exam = await tx.exam.findUnique({
      where: { code: link.code },
      select: { id: true, badgeTemplate: { select: { id: true } } },
    });
    if (!exam) throw refuse(`No exam has the code ${link.code}.`);
    if (exam.badgeTemplate && exam.badgeTemplate.id !== templateId)
      throw refuse(`Exam ${link.code} already has a badge template.`);
    return { examId: exam.id, certificationId: null };
  }
  const cert = await tx.certification.findUnique({
    where: { code: link.code },
    select: { id: true, badgeTemplate: { select: { id: true } } },
  });
  if (!cert) throw refuse(`No certification has the code ${link.code}.`);
  if (cert.badgeTemplate && cert.badgeTemplate.id !== templateId)
    throw refuse(`Certification ${link.code} already has a badge template.`);
  return { examId: null, certificationId: cert.id };
}

function uniqueLinkError(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw new DomainError("That exam or certification already has a badge template.", {
      linkedTo: ["That exam or certification already has a badge template."],
    });
  }
  throw error;
}

export async function createTemplate(raw: TemplateInput) {
  const viewer = await requireAdmin();
  const input = templateSchema.parse(raw);
  return db
    .$transaction(async (tx) => {
      const link = await resolveLink(tx, input.link);
      const skillIds = await skillIdsFor(tx, input.skills);
      const base = `${link.examId ? "exam-" : ""}${slugForSkill(input.link.code)}`;
      const taken = new Set(
        (await tx.badgeTemplate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
          (t) => t.slug,
        ),
      );
      let slug = base;
      for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
      const t = await tx.badgeTemplate.create({
        data: {
          slug,
          name: input.name,
          description: input.description,
          criteria: input.criteria,
          inBadgeProgram: input.inBadgeProgram,
          ...link,
          skills: { connect: skillIds.map((id) => ({ id })) },
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: viewer.userId,
        action: "badge_template.create",
        targetType: "BadgeTemplate",
        targetId: t.id,
        detail: { ...input },
      });
      return t;
    })
    .catch(uniqueLinkError);
}

export async function updateTemplate(id: string, raw: TemplateInput) {
  const viewer = await requireAdmin();
  const input = templateSchema.parse(raw);
  return db
    .$transaction(async (tx) => {
      const before = await tx.badgeTemplate.findUnique({
        where: { id },
        select: { name: true, inBadgeProgram: true, examId: true, certificationId: true },
      });
      if (!before) notFound();
      const link = await resolveLink(tx, input.link, id);
      const skillIds = await skillIdsFor(tx, input.skills);
      await tx.badgeTemplate.update({
        where: { id },
        data: {
          name: input.name,
          description: input.description,
          criteria: input.criteria,
          inBadgeProgram: input.inBadgeProgram,
          ...link,
          skills: { set: skillIds.map((s) => ({ id: s })) },
        },
      });
      await audit(tx, {
        actorId: viewer.userId,
        action: "badge_template.update",
        targetType: "BadgeTemplate",
        targetId: id,
        detail: { before, after: { ...input } },
      });
      return { id };
    })
    .catch(uniqueLinkError);
}

/** Validates (type by content, size, inert SVG) and renders the PNG sizes; replaces any earlier artwork. */
export async function uploadTemplateImage(id: string, upload: { bytes: Buffer; mimeType: string; filename: string }) {
  const viewer = await requireAdmin();
  if (!(await db.badgeTemplate.findUnique({ where: { id }, select: { id: true } }))) notFound();
  await db.$transaction(
    async (tx) => {
      await saveTemplateImage(tx, id, { bytes: upload.bytes, mimeType: upload.mimeType });
      await audit(tx, {
        actorId: viewer.userId,
        action: "badge_template.image",
        targetType: "BadgeTemplate",
        targetId: id,
        detail: { filename: upload.filename, bytes: upload.bytes.length, mimeType: upload.mimeType },
      });
    },
    { timeout: 30_000 },
  );
}

/** The artwork as candidates and verifiers will see it (generated when none was uploaded). */
export async function templateImageForPreview(id: string, format: "png" | "svg", size?: number) {
  await requireAdmin();
  if (!(await db.badgeTemplate.findUnique({ where: { id }, select: { id: true } }))) notFound();
  return getTemplateImage(db, id, { format, size });
}

export async function templateChoices() {
  await requireAdmin();
  return db.badgeTemplate.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, status: true, inBadgeProgram: true },
  });
}
