import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { currentViewer } from "@/lib/session";
import { evidenceNarrative } from "@/lib/badges/ob2";
import { shareLinks } from "@/lib/badges/share";
import { isPubliclyVisible, loadBadgeSnapshot, verificationStatus, type BadgeSnapshot } from "@/lib/badges/snapshot";
import { badgeUrls } from "@/lib/badges/urls";
import { publicSlug } from "@/lib/validation/badges";

/**
 * What anyone (signed in or not) may see of a badge. A badge is visible when its earner accepted it and left it
 * public; its earner always sees their own. Everything else answers "not found", except an accepted private
 * badge, which answers only that it exists and is private.
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
      viewerIsEarner: boolean;
      share: ReturnType<typeof shareLinks> | null;
    };

export async function getVerification(id: string): Promise<Verification | null> {
  const viewer = await currentViewer();
  const b = await loadBadgeSnapshot(db, id);
  if (!b) return null;
  const isEarner = viewer?.userId === b.userId;
  if (!isPubliclyVisible(b) && !isEarner) {
    return b.acceptedAt && !b.public && b.state !== "REJECTED" ? { kind: "private" } : null;
  }
  if (b.state === "REJECTED") return null;
  return present(b, isEarner);
}

function present(b: BadgeSnapshot, viewerIsEarner: boolean): Verification {
  const issuer = env().ISSUER_NAME;
  const status = verificationStatus(b);
  const showProfile = b.earner.linkToProfile && b.earner.profilePublic && b.earner.profileSlug;
  return {
    kind: "visible",
    id: b.id,
    name: b.template.name,
    description: b.template.description,
    criteria: b.template.criteria,
    skills: b.template.skills,
    issuer,
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
    viewerIsEarner,
    share:
      status === "valid" && isPubliclyVisible(b)
        ? shareLinks({ badgeName: b.template.name, issuerName: issuer, verificationUrl: badgeUrls.verification(b.id), badgeId: b.id, issuedOn: b.issuedOn, expiresOn: b.expiresOn })
        : null,
  };
}

/** A public profile: the earner's name and their public, accepted badges. Private profiles do not exist. */
export async function getPublicProfile(slug: string) {
  await currentViewer();
  if (!publicSlug.safeParse(slug).success) return null;
  const profile = await db.candidateProfile.findUnique({
    where: { publicSlug: slug },
    select: {
      profilePublic: true, legalFirstName: true, legalLastName: true, preferredName: true,
      user: {
        select: {
          status: true,
          badges: {
            where: { public: true, acceptedAt: { not: null }, state: { in: ["ACCEPTED", "EXPIRED"] } },
            orderBy: { issuedOn: "desc" },
            select: { id: true, state: true, issuedOn: true, expiresOn: true, templateId: true, template: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!profile || !profile.profilePublic || profile.user.status === "MERGED") return null;
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
