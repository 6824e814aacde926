import { z } from "zod";
import { lineText } from "@/lib/validation/text";

/** Only same-site paths may be a post-sign-in destination (no open redirect to another site). */
export const localPath = lineText()
  .regex(/^\/(?![/\\])[^\s]*$/, "must be a path on this site")
  .max(500);

export const emailAddress = lineText()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address like name@example.com").max(254, "That address is too long"));

export const signInSchema = z.object({
  email: emailAddress,
  callbackUrl: z.preprocess((v) => (v === "" ? undefined : v), localPath.optional()),
});
