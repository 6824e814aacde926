import type { Db, Tx } from "@/lib/db";
import type { BadgeState } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { earnerName } from "@/lib/badges/documents/display-name";

/** What a badge's documents say about its template: the Open Badges achievement and the verification page. */
export const templateFactsFields = {
  id: true,
  name: true,
  description: true,
  criteria: true,
  skills: { select: { name: true, slug: true }, orderBy: { name: "asc" } },
  exam: { select: { code: true } },
  certification: { select: { code: true, level: true } },
} as const satisfies Prisma.BadgeTemplateSelect;

/** Everything the Open Badges documents, the verification page and the downloads say about one badge. */
export type BadgeSnapshot = {
  id: string;
  state: BadgeState;
  public: boolean;
  issuedOn: Date;
  expiresOn: Date | null;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  revocationReason: string | null;
  recipientEmail: string;
  recipientSalt: string;
  statusListIndex: number;
  userId: string;
  earner: { name: string; profileSlug: string | null; profilePublic: boolean; linkToProfile: boolean };
  template: {
    id: string;
    name: string;
    description: string;
    criteria: string;
    kind: "exam" | "certification";
    level: string | null;
    code: string | null;
    skills: { name: string; slug: string }[];
  };
  evidence:
    | { kind: "exam"; code: string; title: string; takenOn: Date }
    | { kind: "certification"; title: string; earnedOn: Date; certificateNumber: string }
    | null;
  events: { id: string; type: string; at: Date; detail: unknown }[];
};

export async function loadBadgeSnapshot(db: Db | Tx, badgeId: string): Promise<BadgeSnapshot | null> {
  // Badge ids are UUIDs; anything else cannot exist, and Postgres would reject it in a uuid comparison anyway.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(badgeId)) return null;
  const b = await db.badge.findUnique({
    where: { id: badgeId },
    select: {
      id: true,
      state: true,
      public: true,
      issuedOn: true,
      expiresOn: true,
      acceptedAt: true,
      revokedAt: true,
      revocationReason: true,
      recipientEmail: true,
      recipientSalt: true,
      statusListIndex: true,
      userId: true,
      user: {
        select: {
          email: true,
          name: true,
          profile: {
            select: {
              legalFirstName: true,
              legalLastName: true,
              preferredName: true,
              publicSlug: true,
              profilePublic: true,
              linkBadgesToProfile: true,
            },
          },
        },
      },
      template: { select: templateFactsFields },
      examResult: { select: { takenOn: true, exam: { select: { code: true, title: true } } } },
      earnedCertification: {
        select: { earnedOn: true, certificateNumber: true, certification: { select: { title: true } } },
      },
      events: { select: { id: true, type: true, at: true, detail: true }, orderBy: { at: "asc" } },
    },
  });
  if (!b) return null;
  const p = b.user.profile;
  return {
    ...b,
    earner: {
      name: earnerName(b.user),
      profileSlug: p?.publicSlug ?? null,
      profilePublic: p?.profilePublic ?? false,
      linkToProfile: p?.linkBadgesToProfile ?? false,
    },
    template: {
      id: b.template.id,
      name: b.template.name,
      description: b.template.description,
      criteria: b.template.criteria,
      kind: b.template.certification ? "certification" : "exam",
      level: b.template.certification?.level ?? null,
      code: b.template.certification?.code ?? b.template.exam?.code ?? null,
      skills: b.template.skills,
    },
    evidence: b.examResult
      ? { kind: "exam", code: b.examResult.exam.code, title: b.examResult.exam.title, takenOn: b.examResult.takenOn }
      : b.earnedCertification
        ? {
            kind: "certification",
            title: b.earnedCertification.certification.title,
            earnedOn: b.earnedCertification.earnedOn,
            certificateNumber: b.earnedCertification.certificateNumber,
          }
        : null,
  };
}

export type VerificationStatus = "valid" | "expired" | "revoked";

export function verificationStatus(
  b: Pick<BadgeSnapshot, "state" | "expiresOn">,
  now = new Date(),
): VerificationStatus {
  if (b.state === "REVOKED") return "revoked";
  if (b.state === "EXPIRED" || (b.expiresOn && b.expiresOn.getTime() <= now.getTime())) return "expired";
  return "valid";
}

/**
 * Anyone may see it: accepted by its earner and left public (later expiry or revocation is then shown as such).
 * Pending and rejected badges were never the earner's to show; private ones are theirs to hide.
 */
export const isPubliclyVisible = (b: Pick<BadgeSnapshot, "state" | "public" | "acceptedAt">) =>
  b.public && b.acceptedAt !== null && (b.state === "ACCEPTED" || b.state === "EXPIRED" || b.state === "REVOKED");
