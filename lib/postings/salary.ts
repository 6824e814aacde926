/**
 * Salary statistics over postings. Each posting contributes the midpoint of its advertised range (or the one bound
 * it gives); postings in different currencies are never mixed, and a currency with fewer than
 * MIN_POSTINGS_FOR_STATS postings says "not enough data" rather than a misleading number.
 */

export const MIN_POSTINGS_FOR_STATS = 3;

export type SalaryStats = { count: number; min: number; p25: number; median: number; p75: number; max: number };

export type CurrencyStats =
  | ({ currency: string; enoughData: true } & SalaryStats)
  | { currency: string; enoughData: false; count: number };

/** The midpoint of a range; the single bound when only one is given; null when neither is. */
export function salaryMidpoint(min: number | null, max: number | null): number | null {
  if (min !== null && max !== null) return (min + max) / 2;
  return min ?? max ?? null;
}

/**
 * The p-quantile (0..1) of ascending `sorted` values with linear interpolation between closest ranks (the
 * "inclusive" method of spreadsheets and numpy's default): the median of an even count is the mean of the two
 * middle values.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("quantile of no values");
  if (p < 0 || p > 1) throw new Error("p must be between 0 and 1");
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export function salaryStats(values: readonly number[]): SalaryStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0],
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1],
  };
}

export type SalaryPosting = { salaryMin: number | null; salaryMax: number | null; currency: string | null };

/** Statistics per currency, currencies with the most postings first; postings without a salary are left out. */
export function salaryStatsByCurrency(postings: readonly SalaryPosting[]): CurrencyStats[] {
  const byCurrency = new Map<string, number[]>();
  for (const p of postings) {
    const mid = salaryMidpoint(p.salaryMin, p.salaryMax);
    if (mid === null || !p.currency) continue;
    const list = byCurrency.get(p.currency) ?? [];
    list.push(mid);
    byCurrency.set(p.currency, list);
  }
  return [...byCurrency.entries()]
    .sort(([a, av], [b, bv]) => bv.length - av.length || a.localeCompare(b))
    .map(([currency, values]): CurrencyStats => {
      if (values.length < MIN_POSTINGS_FOR_STATS) return { currency, enoughData: false, count: values.length };
      return { currency, enoughData: true, ...salaryStats(values)! };
    });
}

/**
 * A posting "strongly overlaps" a certification when it lists at least half of the certification's skills (and at
 * least one). Used only when no current posting asks for the certification by name.
 */
export function overlapsStrongly(certificationSkillIds: ReadonlySet<string>, postingSkillIds: readonly string[]) {
  if (certificationSkillIds.size === 0) return false;
  const shared = postingSkillIds.filter((id) => certificationSkillIds.has(id)).length;
  return shared >= 1 && shared / certificationSkillIds.size >= 0.5;
}

export type SalaryInsightBasis = "certification" | "skills" | "none";

/**
 * The postings a certification's salary insight is computed over: those that ask for it; if none do, those whose
 * skills overlap it strongly.
 */
export function postingsForCertification<
  P extends SalaryPosting & { certificationId: string | null; skillIds: string[] },
>(
  certification: { id: string; skillIds: ReadonlySet<string> },
  postings: readonly P[],
): { basis: SalaryInsightBasis; postings: P[] } {
  const wanting = postings.filter((p) => p.certificationId === certification.id);
  if (wanting.length > 0) return { basis: "certification", postings: wanting };
  const overlapping = postings.filter((p) => overlapsStrongly(certification.skillIds, p.skillIds));
  if (overlapping.length > 0) return { basis: "skills", postings: overlapping };
  return { basis: "none", postings: [] };
}
