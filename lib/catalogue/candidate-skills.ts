import type { Db, Tx } from "@/lib/db";

/**
 * What a candidate can show the job market, derived from their record (never typed in by them):
 * - skills of every exam they PASSED count for good, even after the exam retires: the exam measured them then, and
 *   the transcript keeps saying so;
 * - skills and the certification itself count only while the certification is ACTIVE and unexpired: a lapsed or
 *   retired certification is no longer something an employer can ask for.
 */
export type CandidateSkills = {
  skills: { id: string; name: string; fromCertifications: string[]; fromExams: string[] }[];
  certifications: { id: string; code: string; title: string; skillIds: string[] }[];
  examsPassed: number;
};

export async function loadCandidateSkills(client: Db | Tx, userId: string, now = new Date()): Promise<CandidateSkills> {
  const [earned, passes] = await Promise.all([
    client.earnedCertification.findMany({
      where: { userId, status: "ACTIVE", OR: [{ expiresOn: null }, { expiresOn: { gt: now } }] },
      select: {
        certification: { select: { id: true, code: true, title: true, skills: { select: { id: true, name: true } } } },
      },
    }),
    client.examResult.findMany({
      where: { userId, passed: true },
      distinct: ["examId"],
      select: { exam: { select: { code: true, skills: { select: { id: true, name: true } } } } },
    }),
  ]);

  const skills = new Map<string, CandidateSkills["skills"][number]>();
  const entry = (s: { id: string; name: string }) => {
    let e = skills.get(s.id);
    if (!e) {
      e = { id: s.id, name: s.name, fromCertifications: [], fromExams: [] };
      skills.set(s.id, e);
    }
    return e;
  };
  const certifications = new Map<string, CandidateSkills["certifications"][number]>();
  for (const { certification: c } of earned) {
    if (certifications.has(c.id)) continue;
    certifications.set(c.id, { id: c.id, code: c.code, title: c.title, skillIds: c.skills.map((s) => s.id) });
    for (const s of c.skills) entry(s).fromCertifications.push(c.title);
  }
  for (const { exam } of passes) for (const s of exam.skills) entry(s).fromExams.push(exam.code);

  return {
    skills: [...skills.values()].sort((a, b) => a.name.localeCompare(b.name)),
    certifications: [...certifications.values()].sort((a, b) => a.title.localeCompare(b.title)),
    examsPassed: passes.length,
  };
}
