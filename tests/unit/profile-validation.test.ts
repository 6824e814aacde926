import { describe, expect, it } from "vitest";
import {
  canonicalLocale,
  contactDetailsSchema,
  isCountryCode,
  isPhoneNumber,
  nameChangeSchema,
} from "@/lib/validation/profile";

const valid = {
  preferredName: "Lucy",
  phone: "+44 20 7946 0958",
  addressLine1: "12 Harbour Street",
  addressLine2: "",
  city: "Bristol",
  region: "",
  postalCode: "bs1 4rn",
  country: "gb",
  locale: "en-gb",
};

describe("contact details", () => {
  it("accepts a complete UK profile and normalises it", () => {
    const r = contactDetailsSchema.parse(valid);
    expect(r).toMatchObject({
      postalCode: "BS1 4RN",
      country: "GB",
      locale: "en-GB",
      addressLine2: null,
      region: null,
    });
  });

  it("stores empty optional fields as null", () => {
    const r = contactDetailsSchema.parse({ ...valid, preferredName: "  ", phone: "", postalCode: "", country: "" });
    expect(r).toMatchObject({ preferredName: null, phone: null, postalCode: null, country: null });
  });

  it.each([
    ["phone", "12345", "country code"],
    ["phone", "+44 20 7946 0958 ext", "country code"],
    ["phone", "+1234567890123456", "country code"],
    ["country", "XX", "two-letter ISO code"],
    ["country", "GBR", "two-letter ISO code"],
    ["locale", "english please", "language tag"],
    ["locale", "", "Choose a language"],
    ["postalCode", "!!", "postal code"],
    ["postalCode", "12345678901", "postal code"],
    ["preferredName", "x".repeat(61), "at most 60"],
    ["preferredName", "<script>", "cannot contain"],
    ["addressLine1", "a".repeat(121), "at most 120"],
  ])("rejects %s = %j with a clear message", (field, value, message) => {
    const r = contactDetailsSchema.safeParse({ ...valid, [field]: value });
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toContain(message);
  });
});

describe("phone numbers", () => {
  it.each([
    ["+44 20 7946 0958", true],
    ["+1 (425) 555-0100", true],
    ["+81-3-1234-5678", true],
    ["+4420", false],
    ["0044 20 7946 0958", false],
    ["+44 20 7946 0958 9999 99", false],
  ])("%s -> %s", (value, ok) => expect(isPhoneNumber(value)).toBe(ok));
});

describe("countries and locales", () => {
  it.each([
    ["GB", true],
    ["VN", true],
    ["US", true],
    ["XX", false],
    ["gb", false],
    ["", false],
  ])("country %j -> %s", (code, ok) => expect(isCountryCode(code)).toBe(ok));

  it.each([
    ["en-gb", "en-GB"],
    ["pt-BR", "pt-BR"],
    ["zh-Hant-TW", "zh-Hant-TW"],
    ["fr", "fr"],
    ["not a tag", null],
    ["e", null],
  ])("locale %j -> %j", (tag, canonical) => expect(canonicalLocale(tag)).toBe(canonical));
});

describe("name change requests", () => {
  it("accepts names with accents, apostrophes and hyphens", () => {
    const r = nameChangeSchema.parse({
      requestedFirstName: " Thị Mỹ ",
      requestedLastName: "O'Brien-Nguyễn",
      reason: "Marriage in June 2026",
    });
    expect(r).toEqual({
      requestedFirstName: "Thị Mỹ",
      requestedLastName: "O'Brien-Nguyễn",
      reason: "Marriage in June 2026",
    });
  });

  it.each([
    [{ requestedFirstName: "", requestedLastName: "Smith", reason: "Marriage in June" }, "requestedFirstName"],
    [{ requestedFirstName: "Ann", requestedLastName: "Sm1th", reason: "Marriage in June" }, "requestedLastName"],
    [{ requestedFirstName: "Ann", requestedLastName: "Smith", reason: "because" }, "reason"],
  ])("rejects %j on %s", (input, field) => {
    const r = nameChangeSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toContain(field);
  });
});
