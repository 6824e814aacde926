import { z } from "zod";
import { lineText } from "@/lib/validation/text";
import { currencyCode } from "@/lib/validation/posting";

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/**
 * The candidate's filters on the Opportunities page, read from the URL (so a filtered view can be bookmarked).
 * A minimum salary is only meaningful in one currency, so it needs one.
 */
export const postingFiltersSchema = z
  .object({
    location: z.preprocess(
      (v) => blank(first(v)),
      lineText().trim().max(100, "Location: use at most 100 characters").optional(),
    ),
    remote: z.preprocess((v) => {
      const s = first(v);
      return s === "1" || s === "on" || s === "true";
    }, z.boolean()),
    minSalary: z.preprocess(
      (v) => blank(first(v)),
      z.coerce
        .number({ error: "Minimum salary: enter a whole number" })
        .int("Minimum salary: enter a whole number")
        .min(0, "Minimum salary cannot be negative")
        .max(100_000_000, "Minimum salary is implausibly large")
        .optional(),
    ),
    currency: z.preprocess((v) => blank(first(v)), currencyCode.optional()),
  })
  .superRefine((f, ctx) => {
    if (f.minSalary !== undefined && f.currency === undefined) {
      ctx.addIssue({ code: "custom", path: ["currency"], message: "Choose the currency of the minimum salary" });
    }
  });

export type PostingFilters = z.output<typeof postingFiltersSchema>;
export const noFilters: PostingFilters = { remote: false };

/** Filters from search params; what cannot be understood is reported and ignored rather than failing the page. */
export function parsePostingFilters(params: Record<string, string | string[] | undefined>): {
  filters: PostingFilters;
  errors: string[];
} {
  const parsed = postingFiltersSchema.safeParse(params);
  if (parsed.success) return { filters: parsed.data, errors: [] };
  const errors = parsed.error.issues.map((i) => i.message);
  return { filters: noFilters, errors };
}
