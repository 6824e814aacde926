import { describe, expect, it } from "vitest";
import { emailAddress, normalizeEmailIdentifier } from "@/lib/validation/auth";

// The rate limit is keyed on what the form's schema returns and Auth.js mails what normalizeEmailIdentifier returns:
// every spelling of one inbox must come out of both as the same key, and anything Auth.js would have trimmed to an
// inbox (its default normaliser cuts the domain at a comma) must be refused instead.
describe("sign-in identifiers", () => {
  it.each([
    "victim@example.org",
    "  VICTIM@Example.ORG ",
    "ｖｉｃｔｉｍ＠ｅｘａｍｐｌｅ．ｏｒｇ", // full-width
  ])("%j is victim@example.org to the form and to Auth.js", (raw) => {
    expect(emailAddress.parse(raw)).toBe("victim@example.org");
    expect(normalizeEmailIdentifier(raw)).toBe("victim@example.org");
  });

  it.each([
    "victim@example.org,1",
    "victim@example.org\n",
    "victim@example.org, attacker@example.net",
    "victim@example.org\u0000",
    "",
    42,
    undefined,
  ])("refuses %j", (raw) => {
    expect(emailAddress.safeParse(raw).success).toBe(false);
    expect(() => normalizeEmailIdentifier(raw)).toThrow(/not a valid email address/);
  });
});
