import "server-only";
import { postingListFields, postingListItem } from "@/lib/postings/fields";
import { db } from "@/lib/db";
import { requireCandidate } from "@/lib/candidate/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadCandidateSkills } from "@/lib/catalogue/candidate-skills";
import { currentPostingWhere } from "@/lib/postings/current";
import { rankPostings } from "@/lib/postings/match";
import { postingsForCertification, salaryStatsByCurrency } from "@/lib/postings/salary";
import { parsePostingFilters, type PostingFilters } from "@/lib/validation/posting-filters";

/** The best matches are shown; filters narrow the rest down. */
export const POSTINGS_SHOWN = 25;

function filterWhere(f: PostingFilters): Prisma.JobPostingWhereInput[] {
  const and: Prisma.JobPostingWhereInput[] = [];
  if (f.location) and.push({ location: { contains: f.location, mode: "insensitive" } });
  if (f.remote) and.push({ remote: true });
  if (f.minSalary !== undefined && f.currency) {
    // A range reaching the minimum qualifies; a posting that gives only a lower bound is judged by it.
    and.push({
      currency: f.currency,
      OR: [{ salaryMax: { gte: f.minSalary } }, { salaryMax: null, salaryMin: { gte: f.minSalary } }],
    });
  } else if (f.currency) {
    and.push({ currency: f.currency });
  }
  return and;
}

/**
 * The signed-in candidate's opportunities: current postings that want a certification they hold or share a skill
 * with them, best match first, each with why it matches; and what current postings pay for each of their active
 * certifications. Candidates only, and only ever their own record (the user id comes from the session).
 */
export async function getMyPostings(params: Record<string, string | string[] | undefined>) {
  const viewer = await requireCandidate();
  const { filters, errors: filterErrors } = parsePostingFilters(params);
  const now = new Date();
  const me = await loadCandidateSkills(db, viewer.userId, now);
  const skillIds = me.skills.map((s) => s.id);
  const certificationIds = me.certifications.map((c) => c.id);

  const current = currentPostingWhere(now);
  const relevant: Prisma.JobPostingWhereInput = {
    OR: [{ certificationId: { in: certificationIds } }, { skills: { some: { id: { in: skillIds } } } }],
  };
  const hasProfile = skillIds.length > 0 || certificationIds.length > 0;

  const [postings, unfilteredCount, market, currencies] = await Promise.all([
    hasProfile
      ? db.jobPosting.findMany({
          where: { AND: [current, relevant, ...filterWhere(filters)] },
          select: {
            ...postingListFields,
            certificationId: true,
            certification: { select: { code: true, title: true } },
            skills: { select: { id: true, name: true } },
          },
        })
      : [],
    hasProfile ? db.jobPosting.count({ where: { AND: [current, relevant] } }) : 0,
    certificationIds.length > 0
      ? db.jobPosting.findMany({
          where: {
            AND: [
              current,
              { currency: { not: null } },
              { OR: [{ salaryMin: { not: null } }, { salaryMax: { not: null } }] },
            ],
          },
          select: {
            certificationId: true,
            salaryMin: true,
            salaryMax: true,
            currency: true,
            skills: { select: { id: true } },
          },
        })
      : [],
    db.jobPosting.findMany({
      where: { AND: [current, { currency: { not: null } }] },
      distinct: ["currency"],
      select: { currency: true },
    }),
  ]);

  const ranked = rankPostings({ skillIds: new Set(skillIds), certificationIds: new Set(certificationIds) }, postings);
  const marketRows = market.map((p) => ({ ...p, skillIds: p.skills.map((s) => s.id) }));

  return {
    filters,
    filterErrors,
    filtered: filterWhere(filters).length > 0,
    currencies: currencies.map((c) => c.currency!).sort(),
    skills: me.skills,
    certifications: me.certifications.map(({ id, code, title }) => ({ id, code, title })),
    examsPassed: me.examsPassed,
    totalMatches: ranked.length,
    unfilteredMatches: unfilteredCount,
    matches: ranked.slice(0, POSTINGS_SHOWN).map((p) => ({
      ...postingListItem(p),
      certification: p.certification,
      why: {
        certificationHeld: p.match.certificationHeld,
        certificationMissing: p.match.certificationMissing,
        skillsInCommon: p.match.skillsInCommon.map((s) => s.name),
        skillsMissing: p.match.skillsMissing.map((s) => s.name),
        percent: p.match.percent,
      },
    })),
    salaryInsights: me.certifications.map((c) => {
      const { basis, postings: basisPostings } = postingsForCertification(
        { id: c.id, skillIds: new Set(c.skillIds) },
        marketRows,
      );
      return {
        certificationId: c.id,
        code: c.code,
        title: c.title,
        basis,
        byCurrency: salaryStatsByCurrency(basisPostings),
      };
    }),
  };
}

export type MyPostings = Awaited<ReturnType<typeof getMyPostings>>;
