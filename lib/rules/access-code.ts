import { randomInt } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const ACCESS_CODE_LENGTH = 12;

/** Twelve Crockford base-32 characters (60 bits): easy to read aloud, no I/L/O/U to confuse. */
export function newAccessCode(): string {
  let code = "";
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** As shown to people: XXXX-XXXX-XXXX. */
export function formatAccessCode(code: string): string {
  return normalizeAccessCode(code).replace(/(.{4})(?=.)/g, "$1-");
}

/** What people type back: any case, with or without dashes and spaces, O for 0 and I or L for 1. */
export function normalizeAccessCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}
