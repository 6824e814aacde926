import { z } from "zod";
import { lineText } from "@/lib/validation/text";

/** Only same-site paths may be a post-sign-in destination (no open redirect to another site). */
export const localPath = lineText()
  .regex(/^\/(?![/\\])[^\s]*$/, "must be a path on this site")
  .max(500);

/**
 * An email address as the program keys it: Unicode NFKC (full-width "ｖｉｃｔｉｍ" is "victim"), trimmed, lower case,
 * then a strict address check, so "a@x.org,1" or a second address is refused rather than trimmed to something else.
 * Auth.js is given the same normalisation (lib/auth.ts), so a rate limit keyed on it counts the address that mail
 * actually goes to.
 */
export const emailAddress = lineText()
  .transform((value) => value.normalize("NFKC").trim().toLowerCase())
  .pipe(z.email("Enter an email address like name@example.com").max(254, "That address is too long"));

/** For Auth.js's `normalizeIdentifier`: the address as above, or an error Auth.js reports as a failed sign-in. */
export function normalizeEmailIdentifier(identifier: unknown): string {
  const parsed = emailAddress.safeParse(identifier);
  if (!parsed.success) throw new Error("The sign-in address is not a valid email address.");
  return parsed.data;
}

export const signInSchema = z.object({
  email: emailAddress,
  callbackUrl: z.preprocess((v) => (v === "" ? undefined : v), localPath.optional()),
});
