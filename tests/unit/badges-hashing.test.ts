import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashRecipient, newRecipientSalt, recipientMatches } from "@/lib/badges/documents/recipient";
import { hashToken, newToken } from "@/lib/security/tokens";

describe("recipient hashing (OB 2.0)", () => {
  it.each([
    ["ada@example.com", "deadbeef"],
    ["Ada@Example.com ", "deadbeef"],
  ])("hashes %j with the salt as sha256$hex(email + salt)", (email, salt) => {
    const expected = `sha256$${createHash("sha256").update(`ada@example.com${salt}`).digest("hex")}`;
    expect(hashRecipient(email, salt)).toBe(expected);
  });

  it("matches a known vector", () => {
    // sha256("test@example.comabc"), computed independently
    expect(hashRecipient("test@example.com", "abc")).toBe(
      "sha256$cdee6be376c238c6b3ae6f92cf5628b0fcd621e952ac25b1cd91d3c83f5c882d",
    );
    expect(hashRecipient("test@example.com", "abc")).toMatch(/^sha256\$[0-9a-f]{64}$/);
  });

  it("differs per salt and per address, and verifies only the right address", () => {
    const salt = newRecipientSalt();
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(newRecipientSalt()).not.toBe(salt);
    expect(hashRecipient("a@example.com", salt)).not.toBe(hashRecipient("a@example.com", newRecipientSalt()));
    const identity = hashRecipient("a@example.com", salt);
    expect(recipientMatches(identity, "A@example.com", salt)).toBe(true);
    expect(recipientMatches(identity, "b@example.com", salt)).toBe(false);
  });

  it("claim tokens: 32 random bytes, only their SHA-256 stored", () => {
    const token = newToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });
});
