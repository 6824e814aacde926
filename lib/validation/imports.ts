import { z } from "zod";
import { lineText, nameText, recordId } from "@/lib/validation/text";
import { emailAddress } from "@/lib/validation/auth";
import { catalogueCode } from "@/lib/validation/catalogue";
import { uploadedFile } from "@/lib/validation/uploads";

/** The columns of an exam-results file, exactly and in this order. */
export const EXAM_RESULT_COLUMNS = [
  "email",
  "name",
  "exam_code",
  "date",
  "score",
  "pass",
  "channel",
  "source_record_id",
] as const;

const text = (v: unknown) => (typeof v === "number" || typeof v === "boolean" ? String(v) : v);
const TRUE = new Set(["true", "yes", "y", "1", "pass", "passed"]);
const FALSE = new Set(["false", "no", "n", "0", "fail", "failed"]);
const CHANNELS = ["TEST_CENTER", "ONLINE", "CERTIPORT", "OTHER"] as const;

/**
 * One exam result as a delivery partner sends it, in a CSV row or a JSON object. CSV gives every value as text;
 * JSON may use numbers and booleans: both parse to the same result.
 */
export const examResultRowSchema = z.object({
  email: z.preprocess(text, emailAddress),
  name: z
    .preprocess(
      (v) => (v === null || v === undefined ? "" : text(v)),
      nameText().trim().max(200, "The name is longer than 200 characters"),
    )
    .transform((v) => v || null),
  exam_code: z.preprocess(text, z.string({ error: "The exam code is missing" }).pipe(catalogueCode)),
  date: z.preprocess(
    text,
    z
      .string({ error: "The date is missing" })
      .trim()
      .pipe(z.iso.date({ error: "The date must be YYYY-MM-DD, e.g. 2025-03-14" }))
      .transform((v) => new Date(`${v}T00:00:00Z`))
      .refine((d) => d.getUTCFullYear() >= 1990, "The date is before 1990")
      .refine((d) => d.getTime() <= Date.now() + 24 * 3600 * 1000, "The date is in the future"),
  ),
  score: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : v),
    z
      .number({ error: "The score must be a whole number from 0 to 1000" })
      .int("The score must be a whole number from 0 to 1000")
      .min(0, "The score must be a whole number from 0 to 1000")
      .max(1000, "The score must be a whole number from 0 to 1000"),
  ),
  pass: z.preprocess(
    (v) => {
      if (typeof v === "boolean") return v;
      const s = String(text(v) ?? "")
        .trim()
        .toLowerCase();
      return TRUE.has(s) ? true : FALSE.has(s) ? false : s;
    },
    z.boolean({ error: "Pass must be true or false" }),
  ),
  channel: z.preprocess(
    (v) =>
      String(text(v) ?? "")
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, "_"),
    z.enum(CHANNELS, { error: `The channel must be one of ${CHANNELS.join(", ")}` }),
  ),
  source_record_id: z.preprocess(
    text,
    lineText({ error: "The source record id is missing" })
      .trim()
      .min(1, "The source record id is missing")
      .max(200, "The source record id is longer than 200 characters"),
  ),
});
export type ExamResultRow = z.infer<typeof examResultRowSchema>;

/** The first problem with a row, phrased for the report ("score: The score must be ..."). */
export function rowProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path.join(".");
  return field ? `${field}: ${issue.message}` : (issue?.message ?? "invalid row");
}

/** The name a file arrived with (upload, ?filename= or the JSON body): shown on the admin pages, so plain text only. */
export const importFilename = lineText().trim().max(200, "Is longer than 200 characters");

/** "The file name contains a control character ...", for a name importFilename refused. */
export function filenameProblem(error: z.ZodError): string {
  const message = error.issues[0]?.message ?? "is not valid";
  return `The file name ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}

/** The JSON body partner systems send: a list of rows, or { rows: [...] } with an optional file name. */
export const examResultJsonBody = z.union([
  z.array(z.unknown()),
  z.object({ filename: importFilename.optional(), rows: z.array(z.unknown()) }),
]);

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 500_000;

/** The exam-results file of the upload form, checked in the browser before it goes to the import API. */
export const examResultsFile = uploadedFile({
  maxBytes: IMPORT_MAX_BYTES,
  noun: "file",
  limit: (max) => `one import takes at most ${max}. Split it into smaller files.`,
  missing: "Choose a CSV file.",
});
/** Cancelling an import cannot be undone: the form asks first, and a request without the answer is refused. */
export const cancelImportSchema = z.object({
  id: recordId,
  confirm: z.literal("yes", { error: "Confirm that you want to cancel the import" }),
});
