import { randomInt } from "node:crypto";

/**
 * MCID: the permanent certification ID. Ten digits that read well over the phone, the last a Luhn check digit so
 * a mistyped MCID in a support lookup is caught before it matches someone else.
 */
export const MCID_LENGTH = 10;

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function generateMcid(random: (min: number, max: number) => number = randomInt): string {
  // First digit non-zero so the ID never loses a digit in a spreadsheet.
  let body = String(random(1, 10));
  while (body.length < MCID_LENGTH - 1) body += String(random(0, 10));
  return body + luhnCheckDigit(body);
}

/** Strips the spaces and dashes people type ("123 456 789-0"); null unless the result is a well-formed MCID. */
export function normalizeMcid(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d+$/.test(digits) || digits.length !== MCID_LENGTH || digits[0] === "0") return null;
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1)) ? digits : null;
}

/** "1234567890" → "123 456 789 0", for display only. */
export function formatMcid(mcid: string): string {
  return `${mcid.slice(0, 3)} ${mcid.slice(3, 6)} ${mcid.slice(6, 9)} ${mcid.slice(9)}`;
}
