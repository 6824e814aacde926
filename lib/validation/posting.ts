import { z } from "zod";
import { uploadedFile } from "@/lib/validation/uploads";
import { lineText } from "@/lib/validation/text";

/** Limits of one postings import: large enough for a real feed, small enough to validate in one request. */
export const POSTINGS_IMPORT_MAX_ROWS = 5000;
/** Well under the server-action body limit (serverActions.bodySizeLimit, 2 MB) with room for the multipart envelope. */
export const POSTINGS_IMPORT_MAX_BYTES = 900 * 1024;

export const POSTING_COLUMNS = [
  "external_id",
  "title",
  "employer",
  "location",
  "remote",
  "salary_min",
  "salary_max",
  "currency",
  "skills",
  "certification",
  "url",
  "posted_on",
  "closes_on",
] as const;
export const REQUIRED_POSTING_COLUMNS = ["external_id", "title", "employer", "location", "url", "posted_on"] as const;

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** Empty cells mean "not given": CSV has no null, and JSON feeds often send "". */
const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

const text = (max: number) => lineText().trim().min(1, "is required").max(max, `must be at most ${max} characters`);

export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (c) => /^[A-Z]{3}$/.test(c) && CURRENCIES.has(c),
    "must be an ISO 4217 currency code such as GBP, EUR or USD",
  );

const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
    .transform((s, ctx) => {
      const d = new Date(`${s}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
        ctx.addIssue({ code: "custom", message: "is not a real calendar date" });
        return z.NEVER;
      }
      return d;
    }),
);

const yesNo = z.preprocess(
  (v) => {
    if (v === undefined) return false;
    if (typeof v === "boolean") return v;
    const s = String(v).trim().toLowerCase();
    if (["true", "yes", "y", "1"].includes(s)) return true;
    if (["false", "no", "n", "0"].includes(s)) return false;
    return v;
  },
  z.boolean({ error: "must be true or false (or yes/no)" }),
);

const money = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().replace(/[,_\s]/g, "") : v),
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(0, "cannot be negative")
    .max(100_000_000, "is implausibly large"),
);

/** Skill names: "a; b; c" in CSV, a list or the same string in JSON. Duplicates (ignoring case) collapse. */
const skillList = z.preprocess(
  (v) => (v === undefined ? [] : typeof v === "string" ? v.split(";") : v),
  z
    .array(lineText().trim().max(80, "skill names must be at most 80 characters"))
    .transform((names) => {
      const seen = new Set<string>();
      return names.filter((n) => n !== "" && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
    })
    .refine((names) => names.length <= 30, "at most 30 skills per posting"),
);

export const httpsUrl = z
  .string()
  .trim()
  .max(2000, "is too long")
  .pipe(z.url({ protocol: /^https$/, error: "must be a full https:// address" }));

/** One posting as it arrives in a CSV row or a JSON object (snake_case, strings or typed JSON values). */
export const postingRowSchema = z
  .object({
    external_id: z.preprocess(
      blankToUndefined,
      z
        .string({ error: "is required" })
        .trim()
        .max(100, "must be at most 100 characters")
        .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, "may contain only letters, digits and . _ : / -"),
    ),
    title: z.preprocess(blankToUndefined, text(200).optional()).pipe(z.string({ error: "is required" })),
    employer: z.preprocess(blankToUndefined, text(200).optional()).pipe(z.string({ error: "is required" })),
    location: z.preprocess(blankToUndefined, text(200).optional()).pipe(z.string({ error: "is required" })),
    remote: z.preprocess(blankToUndefined, yesNo),
    salary_min: z.preprocess(blankToUndefined, money.optional()),
    salary_max: z.preprocess(blankToUndefined, money.optional()),
    currency: z.preprocess(blankToUndefined, currencyCode.optional()),
    skills: z.preprocess(blankToUndefined, skillList),
    certification: z.preprocess(
      blankToUndefined,
      lineText().trim().toUpperCase().max(60, "must be at most 60 characters").optional(),
    ),
    url: z.preprocess(blankToUndefined, httpsUrl.optional()).pipe(z.string({ error: "is required" })),
    posted_on: z.preprocess(blankToUndefined, isoDate.optional()).pipe(z.date({ error: "is required" })),
    closes_on: z.preprocess(blankToUndefined, isoDate.optional()),
  })
  .superRefine((row, ctx) => {
    if (row.salary_min !== undefined && row.salary_max !== undefined && row.salary_min > row.salary_max) {
      ctx.addIssue({ code: "custom", path: ["salary_max"], message: "must not be below salary_min" });
    }
    if ((row.salary_min !== undefined || row.salary_max !== undefined) && row.currency === undefined) {
      ctx.addIssue({ code: "custom", path: ["currency"], message: "is required when a salary is given" });
    }
    if (row.closes_on && row.closes_on < row.posted_on) {
      ctx.addIssue({ code: "custom", path: ["closes_on"], message: "must not be before posted_on" });
    }
  });

export type PostingRow = z.output<typeof postingRowSchema>;

/** "salary_max must not be below salary_min": one sentence per problem, named by column. */
export function describeRowIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const column = issue.path.join(".");
    return column ? `${column} ${issue.message}` : issue.message;
  });
}

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === "1" || v === true, z.boolean());

/** The postings import form: checked in the browser before sending, and again by its server action. */
export const importPostingsForm = z.object({
  file: uploadedFile({
    maxBytes: POSTINGS_IMPORT_MAX_BYTES,
    noun: "file",
    limit: (max) => `one import takes at most ${max}. Split it into smaller files.`,
    missing: "Choose a CSV or JSON file of postings.",
  }),
  createMissingSkills: checkbox,
});

/** `back` is the list the admin was on (same-site path only), so closing keeps their filters. */
export const closePostingSchema = z.object({
  postingId: lineText().trim().min(1).max(40),
  back: z
    .string()
    .regex(/^\/admin\/postings(\?[^\s]*)?$/, "must be the postings list")
    .max(500)
    .catch("/admin/postings"),
});

/** Admin list of postings, from the URL. */
export const postingListFilterSchema = z.object({
  status: z.enum(["current", "closed", "all"]).catch("current"),
  q: z.preprocess(blankToUndefined, lineText().trim().max(100).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  closed: lineText().trim().max(40).optional().catch(undefined),
});
