import { gzipSync, gunzipSync } from "node:zlib";

/**
 * W3C Bitstring Status List (revocation). Bit i, counted from the most significant bit of the first byte, is 1
 * when the credential with statusListIndex i is revoked. At least 16 KiB (131,072 entries) for herd privacy.
 */
export const MIN_BITS = 131_072;

export function encodeStatusList(revokedIndexes: number[]): string {
  const highest = revokedIndexes.reduce((m, i) => Math.max(m, i), 0);
  const bits = Math.max(MIN_BITS, Math.ceil((highest + 1) / MIN_BITS) * MIN_BITS);
  const bytes = Buffer.alloc(bits / 8);
  for (const i of revokedIndexes) bytes[i >> 3] |= 0x80 >> (i & 7);
  // Multibase base64url prefix "u".
  return `u${gzipSync(bytes).toString("base64url")}`;
}

export function isRevokedInList(encodedList: string, index: number): boolean {
  const bytes = gunzipSync(Buffer.from(encodedList.replace(/^u/, ""), "base64url"));
  return ((bytes[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}
