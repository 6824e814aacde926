import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { requireSignedIn, viewerIfAny } from "@/lib/public/guard";
import type { Viewer } from "@/lib/session";
import { consumeRateLimit, LIMITS, minutes } from "@/lib/security/rate-limit";
import { hashToken } from "@/lib/security/tokens";
import { claimToken } from "@/lib/validation/badges";

/**
 * The claim link from the badge email. The token is looked up by its hash; it shows the badge only to its
 * recipient, and accepting or rejecting consumes it with a conditional update, so a link works exactly once.
 */

export type ClaimView =
  | { kind: "invalid" }
  | { kind: "sign-in"; email: string }
  | { kind: "other-user" }
  | { kind: "decided"; state: string; badgeId: string }
  | {
      kind: "ready";
      badge: {
        id: string;
        name: string;
        description: string;
        criteria: string;
        imageUrl: string;
        issuedOn: Date;
        expiresOn: Date | null;
        skills: string[];
      };
    };

async function findToken(client: Db | Tx, token: string) {
  if (!claimToken.safeParse(token).success) return null;
  return client.badgeClaimToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      usedAt: true,
      revokedAt: true,
      expiresAt: true,
      badge: {
        select: {
          id: true,
          userId: true,
          state: true,
          recipientEmail: true,
          issuedOn: true,
          expiresOn: true,
          templateId: true,
          template: {
            select: {
              name: true,
              description: true,
              criteria: true,
              skills: { select: { name: true }, orderBy: { name: "asc" } },
            },
          },
        },
      },
    },
  });
}

/** The badge's own user, the address it was issued to, or a confirmed secondary address of the viewer. */
async function isRecipient(client: Db | Tx, viewer: Viewer, badge: { userId: string; recipientEmail: string }) {
  if (viewer.userId === badge.userId) return true;
  const address = badge.recipientEmail.toLowerCase();
  if (viewer.email.toLowerCase() === address) return true;
  const secondary = await client.candidateEmail.findFirst({
    where: { userId: viewer.userId, email: address, confirmedAt: { not: null } },
    select: { id: true },
  });
  return Boolean(secondary);
}

const usable = (t: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date) =>
  !t.usedAt && !t.revokedAt && t.expiresAt > now;

export async function openClaim(token: string): Promise<ClaimView> {
  const viewer = await viewerIfAny();
  const row = await findToken(db, token);
  const now = new Date();
  if (!row) return { kind: "invalid" };
  await db.badgeEvent.create({
    data: {
      badgeId: row.badge.id,
      type: "CLAIM_PAGE_OPENED",
      actorId: viewer?.userId ?? null,
      detail: { signedIn: Boolean(viewer) },
    },
  });
  if (!viewer)
    return usable(row, now) || row.badge.state === "PENDING"
      ? { kind: "sign-in", email: row.badge.recipientEmail }
      : { kind: "invalid" };
  if (!(await isRecipient(db, viewer, row.badge))) return { kind: "other-user" };
  if (row.badge.state !== "PENDING") return { kind: "decided", state: row.badge.state, badgeId: row.badge.id };
  if (!usable(row, now)) return { kind: "invalid" };
  const b = row.badge;
  return {
    kind: "ready",
    badge: {
      id: b.id,
      name: b.template.name,
      description: b.template.description,
      criteria: b.template.criteria,
      imageUrl: `/api/ob/images/${b.templateId}?size=600`,
      issuedOn: b.issuedOn,
      expiresOn: b.expiresOn,
      skills: b.template.skills.map((s) => s.name),
    },
  };
}

/**
 * Accepts or rejects through the link. One transaction: the token is consumed only if still unused (the
 * conditional UPDATE is what serialises concurrent clicks), then the badge moves only if still pending.
 */
export async function decideClaim(
  token: string,
  decision: "accept" | "reject",
  request: { clientIp?: string } = {},
): Promise<{ badgeId: string }> {
  const viewer = await requireSignedIn();
  // Guessing tokens is hopeless (32 random bytes), but a client hammering the claim endpoint is still stopped.
  if (request.clientIp) {
    const limit = await consumeRateLimit(`claim:ip:${request.clientIp}`, LIMITS.claimAttemptsPerIp);
    if (!limit.allowed) throw new DomainError(`Too many attempts. Try again in ${minutes(limit.retryAfterSeconds)}.`);
  }
  const now = new Date();
  return db.$transaction(async (tx) => {
    const row = await findToken(tx, token);
    if (!row) throw new DomainError("This claim link is not valid.");
    if (!(await isRecipient(tx, viewer, row.badge))) throw new DomainError("This badge was issued to someone else.");
    const consumed = await tx.badgeClaimToken.updateMany({
      where: { id: row.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (consumed.count !== 1)
      throw new DomainError("This claim link was already used or has expired. Your badge list shows the badge.");
    const moved = await tx.badge.updateMany({
      where: { id: row.badge.id, state: "PENDING" },
      data: decision === "accept" ? { state: "ACCEPTED", acceptedAt: now } : { state: "REJECTED", rejectedAt: now },
    });
    if (moved.count !== 1) throw new DomainError("This badge is no longer waiting for a decision.");
    // The badge is decided: every other link to it is now pointless.
    await tx.badgeClaimToken.updateMany({
      where: { badgeId: row.badge.id, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.badgeEvent.create({
      data: {
        badgeId: row.badge.id,
        type: decision === "accept" ? "ACCEPTED" : "REJECTED",
        at: now,
        actorId: viewer.userId,
        detail: { via: "claim link" },
      },
    });
    return { badgeId: row.badge.id };
  });
}
