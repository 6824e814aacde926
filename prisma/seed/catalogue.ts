import type { Db } from "@/lib/db";
import { certifications, excludedFromBadges, exams, legacyWithoutBadge } from "./catalogue-data";

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Loads skills, exams, certifications and badge templates; returns ids by code. */
export async function seedCatalogue(db: Db) {
  const skillNames = [...new Set(exams.flatMap((e) => e.skills))];
  await db.skill.createMany({ data: skillNames.map((name) => ({ name, slug: slug(name) })), skipDuplicates: true });

  const examIds = new Map<string, string>();
  for (const e of exams) {
    const exam = await db.exam.create({
      data: {
        code: e.code,
        title: e.title,
        description: `Exam ${e.code} measures the ability to ${e.title.toLowerCase()} in real-world scenarios.`,
        status: e.retiredOn ? "RETIRED" : "ACTIVE",
        retiredOn: e.retiredOn ? new Date(e.retiredOn) : null,
        skills: { connect: e.skills.map((name) => ({ name })) },
      },
    });
    examIds.set(e.code, exam.id);
  }

  const certIds = new Map<string, string>();
  const examsInMultiExamCerts = new Set<string>();
  for (const c of certifications) {
    const skills = [...new Set(c.exams.flatMap((code) => exams.find((e) => e.code === code)!.skills))];
    const cert = await db.certification.create({
      data: {
        code: c.code,
        title: c.title,
        description: `${c.title} validates the skills measured by exam ${c.exams.join(", ")}.`,
        level: c.level,
        validityMonths: c.validityMonths,
        requirement: c.requirement ?? "ONE",
        requiredCount: c.requiredCount ?? null,
        status: c.retiredOn ? "RETIRED" : "ACTIVE",
        retiredOn: c.retiredOn ? new Date(c.retiredOn) : null,
        skills: { connect: skills.map((name) => ({ name })) },
        exams: { create: c.exams.map((code) => ({ examId: examIds.get(code)! })) },
      },
    });
    certIds.set(c.code, cert.id);
    if ((c.requirement ?? "ONE") !== "ONE") for (const code of c.exams) examsInMultiExamCerts.add(code);
    if (!c.noBadge) {
      await db.badgeTemplate.create({
        data: {
          slug: slug(c.code),
          name: c.title,
          description: `Earners of ${c.title} have passed ${c.exams.length > 1 ? "the required exams" : `exam ${c.exams[0]}`} and demonstrated ${skills.slice(0, 3).join(", ").toLowerCase()}.`,
          criteria: `Pass ${c.requirement === "ALL" ? "all of" : c.requirement === "ANY_N" ? `any ${c.requiredCount} of` : "exam"} ${c.exams.join(", ")}.`,
          certificationId: cert.id,
          status: c.retiredOn ? "RETIRED" : "ACTIVE",
          skills: { connect: skills.map((name) => ({ name })) },
        },
      });
    }
  }

  // Exams get their own badge only when passing them does not by itself earn a certification.
  for (const e of exams) {
    const excluded = excludedFromBadges.includes(e.code);
    if (legacyWithoutBadge.includes(e.code) || (!excluded && !examsInMultiExamCerts.has(e.code))) continue;
    await db.badgeTemplate.create({
      data: {
        slug: `exam-${slug(e.code)}`,
        name: `Exam ${e.code}: ${e.title}`,
        description: `Earners have passed exam ${e.code}, ${e.title}.`,
        criteria: `Pass exam ${e.code}.`,
        examId: examIds.get(e.code)!,
        inBadgeProgram: !excluded,
        status: e.retiredOn ? "RETIRED" : "ACTIVE",
        skills: { connect: e.skills.map((name) => ({ name })) },
      },
    });
  }
  return { examIds, certIds };
}
