/**
 * How well one job posting fits one candidate. Pure: the data access layer loads the candidate's skills and
 * certifications and the postings, this decides and explains.
 *
 * The ranking is lexicographic, so it can be explained in one sentence: a posting that wants a certification the
 * candidate holds comes first; then the larger share of the posting's skills the candidate has; then more skills in
 * common; then the most recently posted. A posting matches at all only if the candidate holds its certification or
 * shares at least one of its skills.
 */

export type SkillRef = { id: string; name: string };

export type CandidateProfileForMatching = {
  skillIds: ReadonlySet<string>;
  certificationIds: ReadonlySet<string>;
};

export type PostingForMatching = {
  id: string;
  postedOn: Date;
  certificationId: string | null;
  skills: SkillRef[];
};

export type Match = {
  /** The posting wants a certification and the candidate holds it (active). */
  certificationHeld: boolean;
  /** The posting wants a certification the candidate does not hold. */
  certificationMissing: boolean;
  skillsInCommon: SkillRef[];
  skillsMissing: SkillRef[];
  /** skillsInCommon / the posting's skills, 0 when the posting lists none. */
  skillShare: number;
  /** 0-100, shown to people: the share of the posting's skills, or 100 when it lists none but wants a held certification. */
  percent: number;
};

const byName = (a: SkillRef, b: SkillRef) => a.name.localeCompare(b.name);

export function matchPosting(candidate: CandidateProfileForMatching, posting: PostingForMatching): Match | null {
  const certificationHeld = posting.certificationId !== null && candidate.certificationIds.has(posting.certificationId);
  const skillsInCommon = posting.skills.filter((s) => candidate.skillIds.has(s.id)).sort(byName);
  if (!certificationHeld && skillsInCommon.length === 0) return null;
  const skillsMissing = posting.skills.filter((s) => !candidate.skillIds.has(s.id)).sort(byName);
  const skillShare = posting.skills.length === 0 ? 0 : skillsInCommon.length / posting.skills.length;
  const percent = posting.skills.length === 0 ? 100 : Math.round(skillShare * 100);
  return {
    certificationHeld,
    certificationMissing: posting.certificationId !== null && !certificationHeld,
    skillsInCommon,
    skillsMissing,
    skillShare,
    percent,
  };
}

/** Negative when `a` ranks before `b`. */
export function compareMatches(
  a: { match: Match; postedOn: Date; id: string },
  b: { match: Match; postedOn: Date; id: string },
) {
  return (
    Number(b.match.certificationHeld) - Number(a.match.certificationHeld) ||
    b.match.skillShare - a.match.skillShare ||
    b.match.skillsInCommon.length - a.match.skillsInCommon.length ||
    b.postedOn.getTime() - a.postedOn.getTime() ||
    a.id.localeCompare(b.id)
  );
}

/** The postings that match, best first, each with its explanation. */
export function rankPostings<P extends PostingForMatching>(candidate: CandidateProfileForMatching, postings: P[]) {
  const matched: (P & { match: Match })[] = [];
  for (const posting of postings) {
    const match = matchPosting(candidate, posting);
    if (match) matched.push({ ...posting, match });
  }
  return matched.sort(compareMatches);
}
