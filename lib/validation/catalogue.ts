import { z } from "zod";
import { lineText, multilineText, recordId } from "@/lib/validation/text";
import { emailAddress } from "@/lib/validation/auth";
import { uploadedFile } from "@/lib/validation/uploads";

/** Blank form fields arrive as "": treat them as absent. */
const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
/** Checkboxes send "on"; callers inside the server pass booleans. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Exam and certification codes: stored upper-case so "az-104" and "AZ-104" are the same code. */
export const catalogueCode = z
  .string()
  .trim()
  .min(2, "Enter a code of at least 2 characters")
  .max(40, "Codes are at most 40 characters")
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9._-]*$/, "Use letters, digits, dots, dashes and underscores only"));

/** A comma- or newline-separated list typed into one field, trimmed, blanks and repeats removed. */
export function listOf(item: z.ZodType<string, string>, opts: { max: number; label: string }) {
  // Accepts the parsed form too (an array), so the data layer can validate again what an action already parsed.
  return z
    .preprocess((v) => (Array.isArray(v) ? v.join("\n") : v), z.string().default(""))
    .transform((v) =>
      v
        .split(/[,\n;]/)
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(opts.max, `At most ${opts.max} ${opts.label}`))
    .transform((items) => [...new Set(items)]);
}

/** A skill's name, the same wherever one is typed: on a template, in a postings file, in the skills list. */
export const skillName = lineText()
  .trim()
  .min(2, "Use at least 2 characters")
  .max(80, "Use at most 80 characters")
  .regex(/[\p{L}\p{N}]/u, "Use at least one letter or digit");
export const skillList = listOf(skillName, { max: 30, label: "skills" });

const title = lineText()
  .trim()
  .min(3, "Enter a title of at least 3 characters")
  .max(200, "Titles are at most 200 characters");
const description = z.preprocess((v) => v ?? "", multilineText().trim().max(4000, "At most 4,000 characters"));

export const examSchema = z.object({
  code: catalogueCode,
  title,
  description,
  skills: skillList,
});
export type ExamInput = z.infer<typeof examSchema>;

export const certificationLevels = ["FUNDAMENTALS", "ASSOCIATE", "EXPERT", "SPECIALTY"] as const;
export const requirementKinds = ["ONE", "ALL", "ANY_N"] as const;

export const certificationSchema = z
  .object({
    code: catalogueCode,
    title,
    description,
    level: z.enum(certificationLevels, { error: "Choose a level" }),
    validityMonths: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "Enter a whole number of months" })
        .int("Enter a whole number of months")
        .min(1, "At least 1 month")
        .max(120, "At most 120 months")
        .optional(),
    ),
    requirement: z.enum(requirementKinds, { error: "Choose how the exams earn the certification" }),
    requiredCount: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number").min(1, "At least 1").optional(),
    ),
    examCodes: listOf(catalogueCode, { max: 20, label: "exams" }).pipe(
      z.array(z.string()).min(1, "Name at least one exam code"),
    ),
    skills: skillList,
  })
  .superRefine((c, ctx) => {
    if (c.requirement === "ANY_N") {
      if (c.requiredCount === undefined) {
        ctx.addIssue({ code: "custom", path: ["requiredCount"], message: "Say how many of the exams are needed" });
      } else if (c.requiredCount > c.examCodes.length) {
        ctx.addIssue({
          code: "custom",
          path: ["requiredCount"],
          message: `Cannot need more than the ${c.examCodes.length} exams listed`,
        });
      }
    }
  })
  .transform((c) => ({
    ...c,
    requiredCount: c.requirement === "ANY_N" ? c.requiredCount! : null,
    validityMonths: c.validityMonths ?? null,
  }));
export type CertificationInput = z.infer<typeof certificationSchema>;

/** Retiring takes the date the item stopped being offered; it may be in the past (recording history). */
export const retireSchema = z.object({
  id: recordId,
  retiredOn: z.iso
    .date({ error: "Enter the retirement date as YYYY-MM-DD" })
    .transform((v) => new Date(`${v}T00:00:00Z`)),
});
export const idSchema = z.object({ id: recordId });

export const templateSchema = z
  .preprocess(
    // The parsed shape ({ link }) is accepted too, so the data layer can validate again what an action parsed.
    (v) => {
      const o = v as { link?: { kind: string; code: string }; linkedTo?: unknown } | null;
      return o && typeof o === "object" && o.link && o.linkedTo === undefined
        ? { ...o, linkedTo: `${o.link.kind}:${o.link.code}` }
        : v;
    },
    z.object({
      name: title,
      description: multilineText()
        .trim()
        .min(10, "Describe the badge in at least 10 characters")
        .max(2000, "At most 2,000 characters"),
      criteria: multilineText()
        .trim()
        .min(10, "Describe the criteria in at least 10 characters")
        .max(2000, "At most 2,000 characters"),
      skills: skillList,
      inBadgeProgram: checkbox,
      /** "EXAM:AZ-104" or "CERT:CLOUD-ADMIN": what the badge is for. */
      linkedTo: lineText({ error: "Choose the exam or certification this badge is for" }).regex(
        /^(EXAM|CERT):.+$/,
        "Choose the exam or certification this badge is for",
      ),
    }),
  )
  .transform(({ linkedTo, ...rest }) => {
    const [kind, code] = [linkedTo.slice(0, 4), linkedTo.slice(5)];
    return { ...rest, link: { kind: kind as "EXAM" | "CERT", code: code.toUpperCase() } };
  });
export type TemplateInput = z.infer<typeof templateSchema>;

/** Template artwork limits; the rendering itself validates the content. */
export const TEMPLATE_IMAGE_TYPES = ["image/png", "image/svg+xml"] as const;
export const TEMPLATE_IMAGE_MAX_BYTES = 1024 * 1024;

/** The artwork upload form: checked in the browser before sending, and again by its server action. */
export const templateImageUpload = z.object({
  id: recordId,
  image: uploadedFile({
    maxBytes: TEMPLATE_IMAGE_MAX_BYTES,
    noun: "image",
    limit: (max) => `badge images are at most ${max}.`,
    missing: "Choose an SVG or PNG file.",
  }),
});

/** A list of addresses, pasted or uploaded as a one-column CSV (a header row "email" is allowed). */
export const emailListText = multilineText()
  .default("")
  .transform((v) =>
    v
      .split(/[\r\n,;]+/)
      .map((s) => s.trim().replace(/^"|"$/g, ""))
      .filter((s) => s && s.toLowerCase() !== "email"),
  )
  .pipe(z.array(z.string()).min(1, "Give at least one email address").max(20_000, "At most 20,000 addresses at once"));

export const bulkIssueSchema = z.object({
  templateId: lineText({ error: "Choose a badge template" })
    .trim()
    .min(1, "Choose a badge template")
    .max(100, "That is not a badge template"),
  emails: emailListText,
  notify: checkbox,
});

export const bulkRevokeSchema = z
  .object({
    templateId: z.preprocess(blankToUndefined, recordId.optional()),
    emails: z.preprocess(blankToUndefined, emailListText.optional()),
    badgeIds: z.preprocess(
      blankToUndefined,
      listOf(z.string().trim().uuid("Badge ids look like 0b7c…-…"), { max: 20_000, label: "badge ids" }).optional(),
    ),
    reason: multilineText()
      .trim()
      .min(5, "Give a reason of at least 5 characters; earners and verifiers may see it")
      .max(500, "At most 500 characters"),
    notify: checkbox,
  })
  .superRefine((r, ctx) => {
    const byIds = (r.badgeIds?.length ?? 0) > 0;
    const byEmails = !!r.templateId && (r.emails?.length ?? 0) > 0;
    if (!byIds && !byEmails) {
      ctx.addIssue({
        code: "custom",
        path: ["badgeIds"],
        message: "Give badge ids, or a template and a list of emails",
      });
    }
    if (!byIds && r.emails?.length && !r.templateId) {
      ctx.addIssue({ code: "custom", path: ["templateId"], message: "Choose the template whose badges to revoke" });
    }
  });

/** Each address checked on its own, so one typo is reported instead of refusing the list. */
/**
 * A bulk form as it is posted: addresses typed, or uploaded as a CSV of emails (`file`), or both. The file's text
 * joins the typed list, and the whole is then checked with the bulk schema, whose field errors the form shows; the
 * action passes on the joined values, which the data function parses again for any other caller.
 */
function bulkForm<S extends typeof bulkIssueSchema | typeof bulkRevokeSchema>(schema: S) {
  const emailsFile = z
    .instanceof(File)
    .optional()
    .transform(async (file) => (file && file.size > 0 ? await file.text() : ""));
  return z
    .looseObject({ emails: multilineText().default(""), file: emailsFile })
    .transform(
      ({ emails, file, ...rest }) => ({ ...rest, emails: [emails, file].filter(Boolean).join("\n") }) as z.input<S>,
    )
    .superRefine((values, ctx) => {
      for (const issue of schema.safeParse(values).error?.issues ?? [])
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    });
}

export const bulkIssueForm = bulkForm(bulkIssueSchema);
export const bulkRevokeForm = bulkForm(bulkRevokeSchema);

export function splitEmails(list: string[]) {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of list) {
    const parsed = emailAddress.safeParse(raw);
    if (parsed.success) valid.push(parsed.data);
    else invalid.push(raw);
  }
  return { valid: [...new Set(valid)], invalid };
}

/** The admin's skills list: adding, renaming, and merging a duplicate into the skill to keep. */
export const createSkillSchema = z.object({ name: skillName });
export const renameSkillSchema = z.object({ skillId: lineText().trim().min(1).max(40), name: skillName });
export const mergeSkillsSchema = z
  .object({
    sourceId: lineText().trim().min(1, "Choose the duplicate to merge away").max(40),
    targetId: lineText().trim().min(1, "Choose the skill to keep").max(40),
  })
  .refine((v) => v.sourceId !== v.targetId, { path: ["targetId"], message: "Choose two different skills" });
