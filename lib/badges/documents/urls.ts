import { env } from "@/lib/env";

/** Every public address a badge has. They are stable: documents and baked images point at them for years. */
const base = () => env().APP_URL.replace(/\/$/, "");

export const badgeUrls = {
  base,
  verification: (badgeId: string) => `${base()}/badges/${badgeId}`,
  claim: (token: string) => `${base()}/claim/${token}`,
  issuer: () => `${base()}/api/ob/issuer`,
  badgeClass: (templateId: string) => `${base()}/api/ob/badge-classes/${templateId}`,
  assertion: (badgeId: string) => `${base()}/api/ob/assertions/${badgeId}`,
  credential: (badgeId: string) => `${base()}/api/ob/credentials/${badgeId}`,
  credentialJwt: (badgeId: string) => `${base()}/api/ob/credentials/${badgeId}/jwt`,
  achievement: (templateId: string) => `${base()}/api/ob/achievements/${templateId}`,
  templateImage: (templateId: string, size = 600) => `${base()}/api/ob/images/${templateId}?size=${size}`,
  bakedPng: (badgeId: string) => `${base()}/api/ob/assertions/${badgeId}/badge.png`,
  bakedSvg: (badgeId: string) => `${base()}/api/ob/assertions/${badgeId}/badge.svg`,
  jwks: () => `${base()}/api/ob/jwks`,
  statusList: () => `${base()}/api/ob/status/revocation`,
  revocationList: () => `${base()}/api/ob/revocations`,
  profile: (slug: string) => `${base()}/u/${slug}`,
  did: () => {
    const url = new URL(base());
    // did:web encodes a port's colon; a path would follow as further colon-separated segments.
    return `did:web:${encodeURIComponent(url.host)}`;
  },
};
