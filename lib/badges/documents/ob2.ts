import { env } from "@/lib/env";
import { hashRecipient } from "@/lib/badges/documents/recipient";
import type { BadgeSnapshot } from "@/lib/badges/documents/snapshot";
import { badgeUrls } from "@/lib/badges/documents/urls";

/** Open Badges 2.0 hosted documents (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/). */
export const OB2_CONTEXT = "https://w3id.org/openbadges/v2";

export function ob2Issuer() {
  return {
    "@context": OB2_CONTEXT,
    type: "Issuer",
    id: badgeUrls.issuer(),
    name: env().ISSUER_NAME,
    url: badgeUrls.base(),
    revocationList: badgeUrls.revocationList(),
  };
}

export function ob2BadgeClass(t: BadgeSnapshot["template"]) {
  return {
    "@context": OB2_CONTEXT,
    type: "BadgeClass",
    id: badgeUrls.badgeClass(t.id),
    name: t.name,
    description: t.description,
    image: badgeUrls.templateImage(t.id),
    criteria: { narrative: t.criteria },
    issuer: badgeUrls.issuer(),
    tags: t.skills.map((s) => s.name),
  };
}

export function ob2Assertion(b: BadgeSnapshot) {
  return {
    "@context": OB2_CONTEXT,
    type: "Assertion",
    id: badgeUrls.assertion(b.id),
    recipient: {
      type: "email",
      hashed: true,
      salt: b.recipientSalt,
      identity: hashRecipient(b.recipientEmail, b.recipientSalt),
    },
    badge: badgeUrls.badgeClass(b.template.id),
    verification: { type: "hosted" },
    issuedOn: b.issuedOn.toISOString(),
    ...(b.expiresOn ? { expires: b.expiresOn.toISOString() } : {}),
    image: badgeUrls.bakedPng(b.id),
    evidence: [{ id: badgeUrls.verification(b.id), narrative: evidenceNarrative(b) }],
  };
}

export function ob2Revoked(b: Pick<BadgeSnapshot, "id" | "revocationReason">) {
  return {
    "@context": OB2_CONTEXT,
    id: badgeUrls.assertion(b.id),
    revoked: true,
    revocationReason: b.revocationReason ?? undefined,
  };
}

export function ob2RevocationList(revoked: { id: string; revocationReason: string | null }[]) {
  return {
    "@context": OB2_CONTEXT,
    type: "RevocationList",
    id: badgeUrls.revocationList(),
    issuer: badgeUrls.issuer(),
    revokedAssertions: revoked.map((r) => ({
      id: badgeUrls.assertion(r.id),
      revocationReason: r.revocationReason ?? undefined,
    })),
  };
}

export function evidenceNarrative(b: Pick<BadgeSnapshot, "evidence">) {
  const e = b.evidence;
  if (!e) return "Issued by the certification program.";
  if (e.kind === "exam") return `Passed exam ${e.code}: ${e.title} on ${e.takenOn.toISOString().slice(0, 10)}.`;
  return `Earned ${e.title} on ${e.earnedOn.toISOString().slice(0, 10)} (certificate ${e.certificateNumber}).`;
}
