import { normalizeMcid } from "@/lib/rules/mcid";
import { foldForSearch } from "@/lib/rules/search-text";

/** What one typed query can mean; every exact key is looked up through a unique index. */
export type LookupPlan = {
  email: string | null;
  mcid: string | null;
  sourceRecordId: string | null;
  /** Folded name fragments, each matched as a substring of CandidateProfile.searchText. */
  nameTokens: string[];
  /** Why no name search runs, when the query looked like one. */
  nameHint: string | null;
};

/**
 * Trigram indexes cannot narrow a fragment shorter than three characters, so a name search needs at least one
 * such fragment; shorter ones ("li" in "wang li") still filter the rows the longer one found.
 */
export const MIN_NAME_FRAGMENT = 3;

export function planLookup(raw: string): LookupPlan {
  const q = raw.trim();
  const plan: LookupPlan = { email: null, mcid: null, sourceRecordId: null, nameTokens: [], nameHint: null };
  if (!q) return plan;
  if (q.includes("@")) {
    plan.email = q.toLowerCase();
    return plan;
  }
  plan.mcid = normalizeMcid(q);
  // Partner record ids have no spaces; try the id as typed (a unique index makes a miss free).
  if (!/\s/.test(q) && q.length >= 3) plan.sourceRecordId = q;
  if (plan.mcid) return plan;
  if (/^[\d\s-]+$/.test(q)) {
    if (q.replace(/\D/g, "").length === 10) plan.nameHint = "That is not a valid MCID: check the digits.";
    return plan;
  }
  const tokens = [
    ...new Set(
      foldForSearch(q)
        .split(" ")
        .filter((t) => t.length >= 2),
    ),
  ];
  if (tokens.some((t) => t.length >= MIN_NAME_FRAGMENT)) plan.nameTokens = tokens;
  else plan.nameHint = `Type at least ${MIN_NAME_FRAGMENT} letters of a name.`;
  return plan;
}

/** A LIKE pattern that matches `fragment` literally anywhere in the text. */
export function containsPattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
