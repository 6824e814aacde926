import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { notFound } from "next/navigation";
import { requireCandidate } from "@/lib/candidate/guard";
import { revokeClaimTokens } from "@/lib/badges/lifecycle/claim-tokens";
import { evidenceNarrative } from "@/lib/badges/documents/ob2";
import { embedSnippet, shareLinks } from "@/lib/badges/lifecycle/share";
import {
  isPubliclyVisible,
  loadBadgeSnapshot,
  verificationStatus,
  type BadgeSnapshot,
} from "@/lib/badges/documents/snapshot";
import { badgeUrls } from "@/lib/badges/documents/urls";

/** A candidate's own badges: only theirs, whatever ids they pass. */

export type MyBadgeListItem = {
  id: string;
  name: string;
  state: "PENDING" | "ACCEPTED" | "REJECTED" | "REVOKED" | "EXPIRED";
  status: "valid" | "expired" | "revoked";
  public: boolean;
  issuedOn: Date;
  expiresOn: Date | null;
  imageUrl: string;
};

export async function listMyBadges(): Promise<MyBadgeListItem[]> {
  const viewer = await requireCandidate();
  const badges = await db.badge.findMany({
    where: { userId: viewer.userId },
    orderBy: [{ issuedOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      state: true,
      public: true,
      issuedOn: true,
      expiresOn: true,
      templateId: true,
      template: { select: { name: true } },
    },
  });
  return badges.map((b) => ({
    id: b.id,
    name: b.template.name,
    state: b.state,
    status: verificationStatus(b),
    public: b.public,
    issuedOn: b.issuedOn,
    expiresOn: b.expiresOn,
    imageUrl: `/api/ob/images/${b.templateId}?size=300`,
  }));
}

async function ownSnapshot(id: string): Promise<BadgeSnapshot> {
  const viewer = await requireCandidate();
  const snapshot = await loadBadgeSnapshot(db, id);
  // Someone else's badge answers exactly like a badge that does not exist.
  if (!snapshot || snapshot.userId !== viewer.userId) notFound();
  return snapshot;
}

export async function getMyBadge(id: string) {
  const b = await ownSnapshot(id);
  const issuer = env().ISSUER_NAME;
  const shareable = isPubliclyVisible(b) && b.state !== "REVOKED";
  const share = {
    badgeName: b.template.name,
    issuerName: issuer,
    verificationUrl: badgeUrls.verification(b.id),
    badgeId: b.id,
    issuedOn: b.issuedOn,
    expiresOn: b.expiresOn,
  };
  return {
    id: b.id,
    name: b.template.name,
    description: b.template.description,
    criteria: b.template.criteria,
    skills: b.template.skills,
    issuer,
    state: b.state,
    status: verificationStatus(b),
    public: b.public,
    issuedOn: b.issuedOn,
    expiresOn: b.expiresOn,
    acceptedAt: b.acceptedAt,
    revocationReason: b.revocationReason,
    evidence: evidenceNarrative(b),
    imageUrl: `/api/ob/images/${b.template.id}?size=600`,
    verificationUrl: badgeUrls.verification(b.id),
    downloads: {
      png: `/api/ob/assertions/${b.id}/badge.png`,
      svg: `/api/ob/assertions/${b.id}/badge.svg`,
      credentialJson: `/api/ob/credentials/${b.id}`,
      credentialJwt: `/api/ob/credentials/${b.id}/jwt`,
    },
    shareable,
    share: shareable ? shareLinks(share) : null,
    embed: shareable
      ? embedSnippet({
          badgeName: b.template.name,
          verificationUrl: badgeUrls.verification(b.id),
          imageUrl: badgeUrls.templateImage(b.template.id, 300),
        })
      : null,
    history: b.events
      .filter((e) =>
        [
          "ISSUED",
          "ACCEPTED",
          "AUTO_ACCEPTED",
          "REJECTED",
          "REVOKED",
          "RENEWED",
          "EXPIRED",
          "VISIBILITY_CHANGED",
          "REMINDED",
        ].includes(e.type),
      )
      .map((e) => ({ id: e.id, type: e.type, at: e.at, detail: e.detail as Record<string, unknown> | null })),
  };
}

/** Accepts or rejects a pending badge from the badge list (no claim link needed). Rejection is final. */
export async function decideMyBadge(id: string, decision: "accept" | "reject") {
  const viewer = await requireCandidate();
  await ownSnapshot(id);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.badge.updateMany({
      where: { id, userId: viewer.userId, state: "PENDING" },
      data: decision === "accept" ? { state: "ACCEPTED", acceptedAt: now } : { state: "REJECTED", rejectedAt: now },
    });
    if (count === 0) throw new DomainError("This badge is no longer waiting for a decision.");
    await revokeClaimTokens(tx, [id], now);
    await tx.badgeEvent.create({
      data: {
        badgeId: id,
        type: decision === "accept" ? "ACCEPTED" : "REJECTED",
        at: now,
        actorId: viewer.userId,
        detail: { via: "badge list" },
      },
    });
  });
}

export async function setMyBadgeVisibility(id: string, isPublic: boolean) {
  const viewer = await requireCandidate();
  await ownSnapshot(id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.badge.updateMany({
      where: { id, userId: viewer.userId, public: !isPublic },
      data: { public: isPublic },
    });
    if (count)
      await tx.badgeEvent.create({
        data: { badgeId: id, type: "VISIBILITY_CHANGED", actorId: viewer.userId, detail: { public: isPublic } },
      });
  });
}

export type BadgeSettings = {
  autoAcceptBadges: boolean;
  profilePublic: boolean;
  linkBadgesToProfile: boolean;
  profileUrl: string;
};

export async function getMyBadgeSettings(): Promise<BadgeSettings> {
  const viewer = await requireCandidate();
  const p = await db.candidateProfile.findUnique({
    where: { userId: viewer.userId },
    select: { autoAcceptBadges: true, profilePublic: true, linkBadgesToProfile: true, publicSlug: true },
  });
  if (!p) notFound();
  return {
    autoAcceptBadges: p.autoAcceptBadges,
    profilePublic: p.profilePublic,
    linkBadgesToProfile: p.linkBadgesToProfile,
    profileUrl: badgeUrls.profile(p.publicSlug),
  };
}

export async function updateMyBadgeSettings(input: Omit<BadgeSettings, "profileUrl">) {
  const viewer = await requireCandidate();
  await db.candidateProfile.update({
    where: { userId: viewer.userId },
    data: {
      autoAcceptBadges: input.autoAcceptBadges,
      profilePublic: input.profilePublic,
      linkBadgesToProfile: input.linkBadgesToProfile,
    },
  });
}
