import type { Tx } from "@/lib/db";

/** URL-safe slug of a skill name; accents folded so "Análisis" and "Analisis" meet. */
export const slugForSkill = (name: string) =>
  name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "skill";

/** The first free slug for `name` ("storage", then "storage-2", ...), ignoring the skill being renamed. */
export async function freeSkillSlug(tx: Tx, name: string, exceptId?: string) {
  const base = slugForSkill(name);
  const taken = new Set(
    (await tx.skill.findMany({ where: { slug: { startsWith: base }, NOT: exceptId ? { id: exceptId } : undefined }, select: { slug: true } })).map(
      (s) => s.slug,
    ),
  );
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  return slug;
}
