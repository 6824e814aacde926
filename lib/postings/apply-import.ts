import type { Tx } from "@/lib/db";
import type { RowProblem, ValidRow } from "@/lib/postings/import-file";
import { slugForSkill } from "@/lib/catalogue/skills";

export type ApplyResult = { created: number; updated: number; rejected: RowProblem[]; createdSkills: string[] };

/**
 * Writes validated rows inside the caller's transaction. Rows naming an unknown certification, or skills the
 * catalogue does not have (unless the admin asked to add them), are rejected here with their row number; the rest
 * are created, or updated in place when their external_id was imported before (so a re-import never duplicates).
 */
export async function applyPostingRows(
  tx: Tx,
  rows: ValidRow[],
  opts: { createMissingSkills: boolean },
): Promise<ApplyResult> {
  const rejected: RowProblem[] = [];
  const createdSkills: string[] = [];

  // One connection serves a transaction: queries run one after another.
  const skills = await tx.skill.findMany({ select: { id: true, name: true, slug: true } });
  const certifications = await tx.certification.findMany({
    where: { code: { in: [...new Set(rows.flatMap((r) => (r.data.certification ? [r.data.certification] : [])))] } },
    select: { id: true, code: true },
  });
  const existing = await tx.jobPosting.findMany({
    where: { externalId: { in: rows.map((r) => r.data.external_id) } },
    select: { id: true, externalId: true },
  });
  // Names are matched ignoring case and punctuation, the way the slug is made, so "CI/CD" finds "CI-CD".
  const skillBySlug = new Map(skills.map((s) => [s.slug, s.id]));
  for (const s of skills) skillBySlug.set(slugForSkill(s.name), s.id);
  const certByCode = new Map(certifications.map((c) => [c.code, c.id]));
  const postingByExternalId = new Map(existing.map((p) => [p.externalId!, p.id]));

  const accepted: { row: ValidRow; certificationId: string | null; skillSlugs: string[]; names: string[] }[] = [];
  const missingSkills = new Map<string, string>();
  for (const row of rows) {
    const reasons: string[] = [];
    const cert = row.data.certification;
    const certificationId = cert ? (certByCode.get(cert) ?? null) : null;
    if (cert && !certificationId) reasons.push(`certification ${cert} is not in the catalogue`);
    const slugs = row.data.skills.map(slugForSkill);
    const unknown = row.data.skills.filter((_, i) => !skillBySlug.has(slugs[i]));
    if (unknown.length > 0 && !opts.createMissingSkills) {
      reasons.push(
        `skill${unknown.length > 1 ? "s" : ""} not in the catalogue: ${unknown.join(", ")} (add them under Skills, or tick "add missing skills")`,
      );
    }
    if (reasons.length > 0) {
      rejected.push({ rowNumber: row.rowNumber, externalId: row.data.external_id, reasons });
      continue;
    }
    for (const name of unknown) missingSkills.set(slugForSkill(name), missingSkills.get(slugForSkill(name)) ?? name);
    accepted.push({ row, certificationId, skillSlugs: slugs, names: row.data.skills });
  }

  if (missingSkills.size > 0) {
    // Name uniqueness is case-sensitive in the database; the slug check above already folded case.
    const made = await tx.skill.createManyAndReturn({
      data: [...missingSkills.entries()].map(([slug, name]) => ({ slug, name })),
      skipDuplicates: true,
      select: { id: true, name: true, slug: true },
    });
    for (const s of made) {
      skillBySlug.set(s.slug, s.id);
      createdSkills.push(s.name);
    }
    // A concurrent import may have created one first: look those up.
    const stillMissing = [...missingSkills.keys()].filter((slug) => !skillBySlug.has(slug));
    if (stillMissing.length) {
      for (const s of await tx.skill.findMany({
        where: { slug: { in: stillMissing } },
        select: { id: true, slug: true },
      }))
        skillBySlug.set(s.slug, s.id);
    }
  }

  let created = 0;
  let updated = 0;
  for (const { row, certificationId, skillSlugs } of accepted) {
    const d = row.data;
    const skillIds = [...new Set(skillSlugs.map((slug) => skillBySlug.get(slug)!))].map((id) => ({ id }));
    const fields = {
      title: d.title,
      employer: d.employer,
      location: d.location,
      remote: d.remote,
      salaryMin: d.salary_min ?? null,
      salaryMax: d.salary_max ?? null,
      currency: d.currency ?? null,
      url: d.url,
      postedOn: d.posted_on,
      closesOn: d.closes_on ?? null,
      certificationId,
    };
    const id = postingByExternalId.get(d.external_id);
    if (id) {
      await tx.jobPosting.update({ where: { id }, data: { ...fields, skills: { set: skillIds } } });
      updated++;
    } else {
      await tx.jobPosting.create({ data: { ...fields, externalId: d.external_id, skills: { connect: skillIds } } });
      created++;
    }
  }
  return { created, updated, rejected, createdSkills };
}
