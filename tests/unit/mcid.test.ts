import { describe, expect, it } from "vitest";
import { formatMcid, generateMcid, luhnCheckDigit, normalizeMcid } from "@/lib/rules/mcid";

describe("MCID", () => {
  it.each([
    ["7992739871", 3], // the classic Luhn example
    ["123456789", 7],
    ["000000000", 0],
  ])("check digit of %s is %i", (body, digit) => {
    expect(luhnCheckDigit(body)).toBe(digit);
  });

  it("generates ten digits, never starting with zero, with a valid check digit", () => {
    for (let i = 0; i < 500; i++) {
      const mcid = generateMcid();
      expect(mcid).toMatch(/^[1-9]\d{9}$/);
      expect(normalizeMcid(mcid)).toBe(mcid);
    }
  });

  it("is deterministic for a given random source", () => {
    let n = 0;
    const seq = () => (n++ % 9) + 1;
    expect(generateMcid(seq)).toBe(
      generateMcid(
        (() => {
          let m = 0;
          return () => (m++ % 9) + 1;
        })(),
      ),
    );
  });

  it.each([
    ["123 456 789 7", "1234567897"],
    ["123-456-789-7", "1234567897"],
    ["1234567897", "1234567897"],
    ["1234567898", null], // wrong check digit: a typo is caught
    ["0234567897", null],
    ["12345", null],
    ["abcdefghij", null],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeMcid(input)).toBe(expected);
  });

  it("formats for reading aloud", () => {
    expect(formatMcid("1234567897")).toBe("123 456 789 7");
  });
});
