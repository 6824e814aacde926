import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { requireAdmin } from "@/lib/admin/guard";
import { freeSkillSlug } from "@/lib/catalogue/skills";
import { currentPostingWhere } from "@/lib/postings/current";
import { createSkillSchema, mergeSkillsSchema, renameSkillSchema } from "@/lib/validation/catalogue";

/** The skill catalogue with where each skill is used, so duplicates and orphans are visible. */
export async function listSkills() {
  await requireAdmin();
  const now = new Date();
  const skills = await db.skill.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      exams: { select: { code: true }, orderBy: { code: "asc" } },
      certifications: { select: { code: true }, orderBy: { code: "asc" } },
      _count: { select: { badgeTemplates: true, jobPostings: true } },
    },
  });
  const current = await db.jobPosting.findMany({
    where: currentPostingWhere(now),
    select: { skills: { select: { id: true } } },
  });
  const currentCount = new Map<string, number>();
  for (const p of current) for (const s of p.skills) currentCount.set(s.id, (currentCount.get(s.id) ?? 0) + 1);
  return skills.map((s) => ({
    id: s.id,
    name: s.name,
    slug: s.slug,
    exams: s.exams.map((e) => e.code),
    certifications: s.certifications.map((c) => c.code),
    badgeTemplates: s._count.badgeTemplates,
    postings: s._count.jobPostings,
    currentPostings: currentCount.get(s.id) ?? 0,
  }));
}

async function nameTaken(name: string, exceptId?: string) {
  const other = await db.skill.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, NOT: exceptId ? { id: exceptId } : undefined },
    select: { name: true },
  });
  return other?.name ?? null;
}

export async function createSkill(input: { name: string }) {
  const viewer = await requireAdmin();
  const { name } = createSkillSchema.parse(input);
  const taken = await nameTaken(name);
  if (taken) throw new DomainError(`The catalogue already has “${taken}”.`, { name: ["That skill already exists"] });
  return db.$transaction(async (tx) => {
    const skill = await tx.skill.create({
      data: { name, slug: await freeSkillSlug(tx, name) },
      select: { id: true, name: true, slug: true },
    });
    await audit(tx, {
      actorId: viewer.userId,
      action: "skill.create",
      targetType: "Skill",
      targetId: skill.id,
      detail: { name },
    });
    return skill;
  });
}

/** Renaming keeps every link (exams, certifications, badge templates, postings); the slug follows the name. */
export async function renameSkill(input: { skillId: string; name: string }) {
  const viewer = await requireAdmin();
  const { skillId, name } = renameSkillSchema.parse(input);
  const taken = await nameTaken(name, skillId);
  if (taken) {
    throw new DomainError(`The catalogue already has “${taken}”: merge the two instead.`, {
      name: ["Another skill has that name"],
    });
  }
  return db.$transaction(async (tx) => {
    const skill = await tx.skill.findUnique({ where: { id: skillId }, select: { id: true, name: true } });
    if (!skill) throw new NotFoundError("That skill");
    const renamed = await tx.skill.update({
      where: { id: skillId },
      data: { name, slug: await freeSkillSlug(tx, name, skillId) },
      select: { id: true, name: true, slug: true },
    });
    await audit(tx, {
      actorId: viewer.userId,
      action: "skill.rename",
      targetType: "Skill",
      targetId: skillId,
      detail: { from: skill.name, to: name },
    });
    return renamed;
  });
}

/**
 * Folds a duplicate into the skill to keep: every exam, certification, badge template and posting linked to the
 * duplicate is linked to the kept skill instead (links both had stay single), then the duplicate is deleted.
 */
export async function mergeSkills(input: { sourceId: string; targetId: string }) {
  const viewer = await requireAdmin();
  const { sourceId, targetId } = mergeSkillsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const source = await tx.skill.findUnique({
      where: { id: sourceId },
      select: {
        id: true,
        name: true,
        exams: { select: { id: true } },
        certifications: { select: { id: true } },
        badgeTemplates: { select: { id: true } },
        jobPostings: { select: { id: true } },
      },
    });
    const target = await tx.skill.findUnique({ where: { id: targetId }, select: { id: true, name: true } });
    if (!source || !target) throw new NotFoundError("That skill");
    await tx.skill.update({
      where: { id: target.id },
      data: {
        exams: { connect: source.exams },
        certifications: { connect: source.certifications },
        badgeTemplates: { connect: source.badgeTemplates },
        jobPostings: { connect: source.jobPostings },
      },
    });
    await tx.skill.delete({ where: { id: source.id } });
    const moved = {
      exams: source.exams.length,
      certifications: source.certifications.length,
      badgeTemplates: source.badgeTemplates.length,
      postings: source.jobPostings.length,
    };
    await audit(tx, {
      actorId: viewer.userId,
      action: "skill.merge",
      targetType: "Skill",
      targetId: target.id,
      detail: { mergedName: source.name, mergedId: source.id, into: target.name, moved },
    });
    return { kept: target, removed: source.name, moved };
  });
}
