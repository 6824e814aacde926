import { z } from "zod";
import { lineText, multilineText, recordId } from "@/lib/validation/text";

/** Blank form fields arrive as "": treat them as absent. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const id = recordId;

/** Every casework action says why: the reason is what a later reviewer of the audit log reads. */
export const reason = multilineText({ error: "Say why you are doing this" })
  .trim()
  .min(5, "Say why you are doing this (at least 5 characters); it is kept in the audit log")
  .max(1000, "Keep the reason under 1000 characters");

const page = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1));

/** One search box: an email, an MCID, an exam record id, or part of a name. */
export const candidateSearchSchema = z.object({
  q: z.preprocess(blankToUndefined, lineText().trim().max(200, "Search for at most 200 characters").optional()),
  page,
});

/** Someone the action is about, typed by support: an MCID (spaces allowed) or an email address. */
export const candidateRef = lineText({ error: "Enter the candidate's MCID or email address" })
  .trim()
  .min(3, "Enter the candidate's MCID or email address")
  .max(254);

export const resendBadgeEmailSchema = z.object({
  badgeId: id,
  /** "fresh": a new claim link, and every earlier link stops working. */
  mode: z.enum(["resend", "fresh"], { error: "Choose whether to resend or to issue a fresh link" }),
  reason,
});

export const reactivateAccountSchema = z.object({ userId: id, reason });

export const decideNameChangeSchema = z.object({
  requestId: id,
  decision: z.enum(["approve", "reject"], { error: "Choose approve or reject" }),
  note: reason,
});

export const linkExamResultSchema = z.object({
  examResultId: id,
  candidate: candidateRef,
  reason,
});

export const mergeAccountsSchema = z.object({
  survivorId: id,
  duplicate: candidateRef,
  reason,
  confirm: z.literal("yes", { error: "Confirm that both accounts belong to the same person" }),
});

export const staffNoteSchema = z.object({
  candidateId: id,
  body: multilineText().trim().min(1, "Write the note").max(4000, "Keep a note under 4000 characters"),
});

const dateOnly = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31")
    .optional(),
);

export const auditFilterSchema = z
  .object({
    actor: z.preprocess(blankToUndefined, lineText().trim().max(254).optional()),
    candidate: z.preprocess(blankToUndefined, lineText().trim().max(254).optional()),
    action: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^[a-z_.]+$/, "Actions look like badge.resend_email")
        .max(80)
        .optional(),
    ),
    from: dateOnly,
    to: dateOnly,
    page,
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ["to"],
    message: "The end date is before the start date",
  });

export const pageSchema = z.object({ page });

export type CandidateSearchInput = z.infer<typeof candidateSearchSchema>;
export type AuditFilter = z.infer<typeof auditFilterSchema>;
