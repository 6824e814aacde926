import { z } from "zod";
import { lineText, multilineText, nameText, recordId } from "@/lib/validation/text";
import { emailAddress } from "@/lib/validation/auth";

/** An empty form field means "not given", which the database stores as null. */
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

function optionalText(max: number, label: string) {
  return z.preprocess(blankToNull, lineText().trim().max(max, `${label} must be at most ${max} characters`).nullable());
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** True for an assigned ISO 3166-1 alpha-2 code (Intl knows a name for it). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = regionNames.of(code);
  return Boolean(name) && name !== code;
}

/** Every country a profile may name, sorted by English name, for the select. */
export const COUNTRIES: { code: string; name: string }[] = (() => {
  const list: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Exceptionally reserved or user-assigned codes that Intl still names.
      if (["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "XK"].includes(code)) continue;
      if (isCountryCode(code)) list.push({ code, name: regionNames.of(code)! });
    }
  return list.sort((x, y) => x.name.localeCompare(y.name, "en"));
})();

/** Languages the dashboard formats dates and mail for; any well-formed BCP 47 tag is accepted. */
export const SUGGESTED_LOCALES = [
  "en-US",
  "en-GB",
  "es-ES",
  "fr-FR",
  "de-DE",
  "pt-BR",
  "it-IT",
  "ja-JP",
  "zh-CN",
  "ko-KR",
  "vi-VN",
];

/** Canonical form of a BCP 47 tag, or null when it is not one. */
export function canonicalLocale(tag: string): string | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

const PHONE_MESSAGE = "Enter the number with its country code, like +44 20 7946 0958 (digits, spaces and dashes only)";

/** E.164 allows at most 15 digits after the +; separators people type are accepted and kept as typed. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+[0-9][0-9 ().-]*[0-9]$/.test(value)) return false;
  const digits = value.replace(/\D/g, "");
  return digits.length >= 7 && digits.length <= 15;
}

export const contactDetailsSchema = z.object({
  preferredName: z.preprocess(
    blankToNull,
    nameText()
      .trim()
      .max(60, "Preferred name must be at most 60 characters")
      .regex(/^[^<>{}\\]*$/, "Preferred name cannot contain < > { } or \\")
      .nullable(),
  ),
  phone: z.preprocess(
    (v) => (typeof v === "string" ? blankToNull(v.trim()) : v),
    z.string().refine(isPhoneNumber, PHONE_MESSAGE).nullable(),
  ),
  addressLine1: optionalText(120, "Address line 1"),
  addressLine2: optionalText(120, "Address line 2"),
  city: optionalText(80, "City"),
  region: optionalText(80, "State or region"),
  postalCode: z.preprocess(
    (v) => (typeof v === "string" ? blankToNull(v.trim().toUpperCase()) : v),
    z
      .string()
      .regex(
        /^[A-Z0-9][A-Z0-9 -]{1,8}[A-Z0-9]$/,
        "Enter a postal code of 3 to 10 letters and digits, like BS1 4RN or 98052",
      )
      .nullable(),
  ),
  country: z.preprocess(
    (v) => (typeof v === "string" ? blankToNull(v.trim().toUpperCase()) : v),
    z.string().refine(isCountryCode, "Choose a country from the list (a two-letter ISO code such as GB)").nullable(),
  ),
  locale: z
    .string()
    .trim()
    .min(1, "Choose a language and region")
    .transform((v, ctx) => {
      const canonical = canonicalLocale(v);
      if (!canonical) {
        ctx.addIssue({ code: "custom", message: "Enter a language tag such as en-GB or pt-BR" });
        return z.NEVER;
      }
      return canonical;
    }),
});
export type ContactDetails = z.infer<typeof contactDetailsSchema>;

const personName = (label: string) =>
  nameText()
    .trim()
    .min(1, `Enter the ${label} exactly as on your ID`)
    .max(80, `The ${label} must be at most 80 characters`)
    .regex(/^[\p{L}\p{M}' .-]+$/u, `The ${label} may contain letters, spaces, apostrophes, dots and hyphens`);

export const nameChangeSchema = z.object({
  requestedFirstName: personName("first name"),
  requestedLastName: personName("last name"),
  reason: multilineText()
    .trim()
    .min(10, "Tell support why, in at least 10 characters (for example: marriage, a corrected spelling)")
    .max(1000, "Keep the reason under 1000 characters"),
});
export type NameChangeInput = z.infer<typeof nameChangeSchema>;

export const secondaryEmailSchema = z.object({ email: emailAddress });

export const idSchema = z.object({ id: recordId });

export const confirmEmailSchema = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, "That link is not valid"),
});
