import { describe, expect, it } from "vitest";
import { ACCESS_CODE_LENGTH, formatAccessCode, newAccessCode, normalizeAccessCode } from "@/lib/rules/access-code";
import { shareSchema, unlockShareSchema } from "@/lib/validation/transcript";

describe("transcript share access codes", () => {
  it("are twelve unambiguous characters, different every time", () => {
    const codes = new Set(Array.from({ length: 200 }, newAccessCode));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${ACCESS_CODE_LENGTH}}$`));
  });

  it("are shown in groups of four and read back however they are typed", () => {
    expect(formatAccessCode("ABCD0123WXYZ")).toBe("ABCD-0123-WXYZ");
    expect(normalizeAccessCode("abcd-o123 wxyz")).toBe("ABCD0123WXYZ");
    expect(normalizeAccessCode("IlL0")).toBe("1110");
  });
});

describe("share form", () => {
  it("reads the checkbox and an empty expiry", () => {
    expect(shareSchema.parse({ label: "", expiresOn: "", includeExams: "on" })).toEqual({
      label: null,
      expiresAt: null,
      includeExams: true,
    });
    expect(shareSchema.parse({ label: "Contoso", expiresOn: "" })).toMatchObject({
      includeExams: false,
      label: "Contoso",
    });
  });

  it("makes a link work through the end of its expiry day", () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(shareSchema.parse({ expiresOn: tomorrow }).expiresAt?.toISOString()).toBe(`${tomorrow}T23:59:59.999Z`);
  });

  it.each([
    ["2020-01-01", "after today"],
    ["2999-01-01", "within five years"],
    ["01/02/2027", "like 2027-03-31"],
  ])("refuses expiry %s", (expiresOn, message) => {
    const r = shareSchema.safeParse({ expiresOn });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toContain(message);
  });

  it("asks for an access code", () => {
    const r = unlockShareSchema.safeParse({ shareId: "a".repeat(22), accessCode: " " });
    expect(r.error!.issues[0].message).toBe("Enter the access code you were given");
  });
});
