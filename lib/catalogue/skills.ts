import type { Tx } from "@/lib/db";

/** URL-safe slug of a skill name; accents folded so "Análisis" and "Analisis" meet. */
export const slugForSkill = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "skill";

/** The first free slug for `name` ("storage", then "storage-2", ...), ignoring the skill being renamed. */
export async function freeSkillSlug(tx: Tx, name: string, exceptId?: string) {
  const base = slugForSkill(name);
  const taken = new Set(
    (
      await tx.skill.findMany({
        where: { slug: { startsWith: base }, NOT: exceptId ? { id: exceptId } : undefined },
        select: { slug: true },
      })
    ).map((s) => s.slug),
  );
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  return slug;
}

/**
 * Skill ids for names typed in a form: existing skills are matched regardless of case ("storage" is "Storage"),
 * missing ones are created. Two queries plus one insert whatever the number of names.
 */
export async function skillIdsFor(tx: Tx, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const existing = await tx.skill.findMany({
    where: { OR: names.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })) },
    select: { id: true, name: true },
  });
  const known = new Map(existing.map((s) => [s.name.toLowerCase(), s.id]));
  const missing = [
    ...new Map(names.filter((n) => !known.has(n.toLowerCase())).map((n) => [n.toLowerCase(), n])).values(),
  ];
  if (missing.length) {
    const taken = new Set(
      (
        await tx.skill.findMany({
          where: { OR: missing.map((n) => ({ slug: { startsWith: slugForSkill(n) } })) },
          select: { slug: true },
        })
      ).map((s) => s.slug),
    );
    const data = missing.map((name) => {
      let slug = slugForSkill(name);
      for (let i = 2; taken.has(slug); i++) slug = `${slugForSkill(name)}-${i}`;
      taken.add(slug);
      return { name, slug };
    });
    const created = await tx.skill.createManyAndReturn({ data, select: { id: true, name: true } });
    for (const s of created) known.set(s.name.toLowerCase(), s.id);
  }
  return [...new Set(names.map((n) => known.get(n.toLowerCase())!))];
}
