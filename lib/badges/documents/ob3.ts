import { SignJWT } from "jose";
import { env } from "@/lib/env";
import { hashRecipient } from "@/lib/badges/documents/recipient";
import type { BadgeSnapshot } from "@/lib/badges/documents/snapshot";
import { SIGNING_ALG, type SigningKey } from "@/lib/badges/documents/keys";
import { evidenceNarrative } from "@/lib/badges/documents/ob2";
import { encodeStatusList } from "@/lib/badges/documents/status-list";
import { badgeUrls } from "@/lib/badges/documents/urls";

/** Open Badges 3.0 on the W3C Verifiable Credentials Data Model 2.0. */
export const VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

export function ob3Issuer() {
  return { id: badgeUrls.did(), type: ["Profile"], name: env().ISSUER_NAME, url: badgeUrls.base() };
}

export function ob3Achievement(t: BadgeSnapshot["template"]) {
  return {
    id: badgeUrls.achievement(t.id),
    type: ["Achievement"],
    achievementType: t.kind === "certification" ? "Certification" : "Assessment",
    name: t.name,
    description: t.description,
    criteria: { narrative: t.criteria },
    image: { id: badgeUrls.templateImage(t.id), type: "Image" },
    ...(t.code ? { humanCode: t.code } : {}),
    tag: t.skills.map((s) => s.name),
    creator: ob3Issuer(),
  };
}

/** The unsigned OpenBadgeCredential for a badge. */
export function ob3Credential(b: BadgeSnapshot) {
  return {
    "@context": [VC_CONTEXT, OB3_CONTEXT],
    id: badgeUrls.credential(b.id),
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    issuer: ob3Issuer(),
    validFrom: b.issuedOn.toISOString(),
    ...(b.expiresOn ? { validUntil: b.expiresOn.toISOString() } : {}),
    name: b.template.name,
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [
        {
          type: "IdentityObject",
          identityHash: hashRecipient(b.recipientEmail, b.recipientSalt),
          identityType: "emailAddress",
          hashed: true,
          salt: b.recipientSalt,
        },
      ],
      achievement: ob3Achievement(b.template),
    },
    credentialStatus: {
      id: `${badgeUrls.statusList()}#${b.statusListIndex}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(b.statusListIndex),
      statusListCredential: badgeUrls.statusList(),
    },
    evidence: [{ id: badgeUrls.verification(b.id), type: ["Evidence"], narrative: evidenceNarrative(b) }],
  };
}

type Credential = {
  id: string;
  issuer: { id: string } | string;
  validFrom: string;
  validUntil?: string;
  credentialSubject?: object;
};

/**
 * VC-JWT as Open Badges 3.0 §8.2 describes it: the credential itself is the JWT payload, with the registered
 * claims mirroring it (iss = issuer id, jti = credential id, nbf = validFrom, exp = validUntil).
 */
export async function signCredential(credential: Credential, key: SigningKey): Promise<string> {
  const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
  const jwt = new SignJWT({ ...credential })
    .setProtectedHeader({ alg: SIGNING_ALG, typ: "JWT", kid: key.kid })
    .setIssuer(typeof credential.issuer === "string" ? credential.issuer : credential.issuer.id)
    .setJti(credential.id)
    .setNotBefore(seconds(credential.validFrom));
  if (credential.validUntil) jwt.setExpirationTime(seconds(credential.validUntil));
  const subjectId = (credential.credentialSubject as { id?: unknown } | undefined)?.id;
  if (typeof subjectId === "string") jwt.setSubject(subjectId);
  return jwt.sign(key.privateKey);
}

export function statusListCredential(revokedIndexes: number[], now = new Date()) {
  return {
    "@context": [VC_CONTEXT],
    id: badgeUrls.statusList(),
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: badgeUrls.did(),
    validFrom: now.toISOString(),
    credentialSubject: {
      id: `${badgeUrls.statusList()}#list`,
      type: "BitstringStatusList",
      statusPurpose: "revocation",
      encodedList: encodeStatusList(revokedIndexes),
    },
  };
}
