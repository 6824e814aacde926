import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { viewerIfAny } from "@/lib/public/guard";
import { evidenceNarrative } from "@/lib/badges/documents/ob2";
import { isPubliclyVisible, verificationStatus, type BadgeSnapshot } from "@/lib/badges/documents/snapshot";
import { cachedBadgeSnapshot } from "@/lib/badges/documents/snapshot-cache";
import { badgeUrls } from "@/lib/badges/documents/urls";
import { badgeId, publicSlug } from "@/lib/validation/badges";

/**
 * What anyone may see of a badge: the same answer for every visitor, signed in or not, so it can be served from
 * the snapshot cache. A badge is visible when its earner accepted it and left it public (its later expiry or
 * revocation then shows as such); an accepted private badge answers only that it exists and is private; anything
 * else is "not found". Earners see and share their own badges, private or pending, at /badges/mine/[id].
 */
export type Verification =
  | { kind: "private" }
  | {
      kind: "visible";
      id: string;
      name: string;
      description: string;
      criteria: string;
      skills: { name: string; slug: string }[];
      issuer: string;
      earner: string;
      profileUrl: string | null;
      status: "valid" | "expired" | "revoked";
      revocationReason: string | null;
      issuedOn: Date;
      expiresOn: Date | null;
      evidence: string;
      imageUrl: string;
      absoluteImageUrl: string;
      verificationUrl: string;
      assertionUrl: string;
      credentialUrl: string;
      renewals: { at: Date; previousExpiresOn: string | null; newExpiresOn: string | null }[];
    };

export async function getVerification(id: string): Promise<Verification | null> {
  if (!badgeId.safeParse(id).success) return null;
  const b = await cachedBadgeSnapshot(id);
  if (!b) return null;
  if (!isPubliclyVisible(b)) return b.acceptedAt && !b.public && b.state !== "REJECTED" ? { kind: "private" } : null;
  return present(b);
}

function present(b: BadgeSnapshot): Verification {
  const status = verificationStatus(b);
  const showProfile = b.earner.linkToProfile && b.earner.profilePublic && b.earner.profileSlug;
  return {
    kind: "visible",
    id: b.id,
    name: b.template.name,
    description: b.template.description,
    criteria: b.template.criteria,
    skills: b.template.skills,
    issuer: env().ISSUER_NAME,
    earner: b.earner.name,
    profileUrl: showProfile ? `/u/${b.earner.profileSlug}` : null,
    status,
    revocationReason: status === "revoked" ? b.revocationReason : null,
    issuedOn: b.issuedOn,
    expiresOn: b.expiresOn,
    evidence: evidenceNarrative(b),
    imageUrl: `/api/ob/images/${b.template.id}?size=600`,
    absoluteImageUrl: badgeUrls.templateImage(b.template.id, 600),
    verificationUrl: badgeUrls.verification(b.id),
    assertionUrl: badgeUrls.assertion(b.id),
    credentialUrl: badgeUrls.credentialJwt(b.id),
    renewals: b.events
      .filter((e) => e.type === "RENEWED")
      .map((e) => {
        const d = (e.detail ?? {}) as { previousExpiresOn?: string; newExpiresOn?: string };
        return { at: e.at, previousExpiresOn: d.previousExpiresOn ?? null, newExpiresOn: d.newExpiresOn ?? null };
      }),
  };
}

/** A public profile: the earner's name and their public, accepted badges. Private profiles do not exist. */
export async function getPublicProfile(slug: string) {
  await viewerIfAny();
  if (!publicSlug.safeParse(slug).success) return null;
  const profile = await db.candidateProfile.findUnique({
    where: { publicSlug: slug },
    select: {
      profilePublic: true,
      legalFirstName: true,
      legalLastName: true,
      preferredName: true,
      user: {
        select: {
          status: true,
          badges: {
            where: { public: true, acceptedAt: { not: null }, state: { in: ["ACCEPTED", "EXPIRED"] } },
            orderBy: { issuedOn: "desc" },
            select: {
              id: true,
              state: true,
              issuedOn: true,
              expiresOn: true,
              templateId: true,
              template: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!profile?.profilePublic || profile.user.status === "MERGED") return null;
  return {
    name: [profile.legalFirstName, profile.legalLastName].filter(Boolean).join(" ") || "Badge earner",
    badges: profile.user.badges.map((b) => ({
      id: b.id,
      name: b.template.name,
      issuedOn: b.issuedOn,
      expiresOn: b.expiresOn,
      status: verificationStatus(b),
      imageUrl: `/api/ob/images/${b.templateId}?size=300`,
    })),
  };
}
