import { z } from "zod";
import { lineText, recordId } from "@/lib/validation/text";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** yyyy-mm-dd from a date input; the link works through the end of that day (UTC). */
const futureDay = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2027-03-31")
    .transform((v, ctx) => {
      const end = new Date(`${v}T23:59:59.999Z`);
      if (Number.isNaN(end.getTime())) {
        ctx.addIssue({ code: "custom", message: "That is not a date" });
        return z.NEVER;
      }
      if (end.getTime() <= Date.now()) {
        ctx.addIssue({ code: "custom", message: "Choose a date after today" });
        return z.NEVER;
      }
      if (end.getTime() > Date.now() + 5 * 366 * 24 * 60 * 60 * 1000) {
        ctx.addIssue({ code: "custom", message: "Choose a date within five years, or leave it empty for no expiry" });
        return z.NEVER;
      }
      return end;
    })
    .nullable(),
);

export const shareSchema = z
  .object({
    label: z.preprocess(
      (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v),
      lineText().trim().max(80, "Keep the label under 80 characters").nullable(),
    ),
    expiresOn: futureDay,
    includeExams: checkbox,
  })
  .transform(({ expiresOn, ...rest }) => ({ ...rest, expiresAt: expiresOn }));
export type ShareInput = z.output<typeof shareSchema>;

export const unlockShareSchema = z.object({
  shareId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "That link is not valid"),
  accessCode: z
    .string()
    .trim()
    .min(1, "Enter the access code you were given")
    .max(40, "That is longer than an access code")
    .regex(/^[A-Za-z0-9\s-]+$/, "An access code has only letters, digits and dashes"),
});

export const renewalSchema = z.object({
  earnedCertificationId: recordId,
  renewedOn: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2027-03-31")
      .transform((v) => new Date(`${v}T12:00:00.000Z`))
      .optional(),
  ),
  reason: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    lineText().trim().max(200, "Keep the reason under 200 characters").nullable().optional(),
  ),
});
