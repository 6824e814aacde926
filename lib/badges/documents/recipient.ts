import { createHash } from "node:crypto";
import { pooledRandomBytes } from "@/lib/security/random-pool";

/** A fresh salt for one badge's recipient hash, so the same address hashes differently on every badge. */
export function newRecipientSalt() {
  return pooledRandomBytes(16).toString("hex");
}

/** OB 2.0 hashed identity: "sha256$" + hex(sha256(email + salt)); the address is normalised to lower case first. */
export function hashRecipient(email: string, salt: string) {
  return `sha256$${createHash("sha256")
    .update(email.trim().toLowerCase() + salt)
    .digest("hex")}`;
}

/** What a verifier does with an address someone claims: true when it is the badge's recipient. */
export function recipientMatches(identity: string, email: string, salt: string) {
  return identity === hashRecipient(email, salt);
}
