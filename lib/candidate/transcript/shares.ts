import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { hashToken, safeEqualHex } from "@/lib/security/tokens";
import { ACCESS_CODE_BACKOFF, consumeRateLimit, LIMITS, minutes } from "@/lib/security/rate-limit";
import { clearBackoff, consumeBackoff } from "@/lib/security/backoff";
import { requireRole } from "@/lib/session";
import { loadTranscript, type Transcript } from "@/lib/records/transcript-data";
import { shareUrl } from "@/lib/records/share-url";
import { formatAccessCode, newAccessCode, normalizeAccessCode } from "@/lib/rules/access-code";
import type { ShareInput } from "@/lib/validation/transcript";

/** How long a visitor who entered the right code may keep reading before being asked again. */
export const SHARE_GRANT_MS = 60 * 60 * 1000;
const MAX_LIVE_SHARES = 25;

/** 128 random bits: the URL alone cannot be guessed, and it still needs the access code. */
function newShareId() {
  return randomBytes(16).toString("base64url");
}

function codeHash(shareId: string, code: string) {
  return hashToken(`${shareId}:${normalizeAccessCode(code)}`);
}


/** Creates a share link. The access code is returned this once and never stored in the clear. */
export async function createTranscriptShare(input: ShareInput) {
  const viewer = await requireRole("CANDIDATE");
  const shareId = newShareId();
  const accessCode = newAccessCode();
  return db.$transaction(async (tx) => {
    const live = await tx.transcriptShare.count({
      where: { userId: viewer.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    });
    if (live >= MAX_LIVE_SHARES) throw new DomainError(`You have ${live} live share links. Revoke some you no longer need first.`);
    const share = await tx.transcriptShare.create({
      data: {
        userId: viewer.userId,
        shareId,
        accessCodeHash: codeHash(shareId, accessCode),
        label: input.label,
        includeExams: input.includeExams,
        expiresAt: input.expiresAt,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: viewer.userId,
      candidateId: viewer.userId,
      action: "transcript.share.create",
      targetType: "TranscriptShare",
      targetId: share.id,
      detail: { includeExams: input.includeExams, expiresAt: input.expiresAt?.toISOString() ?? null },
    });
    return { id: share.id, shareId, url: shareUrl(shareId), accessCode: formatAccessCode(accessCode) };
  });
}

export type ShareState = "active" | "expired" | "revoked";

function stateOf(s: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ShareState {
  if (s.revokedAt) return "revoked";
  if (s.expiresAt && s.expiresAt <= now) return "expired";
  return "active";
}

export async function listMyTranscriptShares() {
  const viewer = await requireRole("CANDIDATE");
  const now = new Date();
  const rows = await db.transcriptShare.findMany({
    where: { userId: viewer.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, shareId: true, label: true, includeExams: true, expiresAt: true, revokedAt: true, lastViewedAt: true, viewCount: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, url: shareUrl(r.shareId), state: stateOf(r, now) }));
}

export async function revokeTranscriptShare(id: string) {
  const viewer = await requireRole("CANDIDATE");
  await db.$transaction(async (tx) => {
    const { count } = await tx.transcriptShare.updateMany({
      where: { id, userId: viewer.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      const mine = await tx.transcriptShare.findFirst({ where: { id, userId: viewer.userId }, select: { id: true } });
      if (!mine) notFound();
      return; // already revoked: nothing to do
    }
    await audit(tx, {
      actorId: viewer.userId,
      candidateId: viewer.userId,
      action: "transcript.share.revoke",
      targetType: "TranscriptShare",
      targetId: id,
    });
  });
}

/** The grant a visitor keeps (in a cookie scoped to the share's path) after entering the right code. */
function grantMac(shareId: string, accessCodeHash: string, until: number) {
  return createHmac("sha256", env().AUTH_SECRET).update(`share-grant:${shareId}:${accessCodeHash}:${until}`).digest("base64url");
}

function grantValid(grant: string | undefined, shareId: string, accessCodeHash: string, now: Date) {
  const [untilText, mac] = (grant ?? "").split(".");
  const until = Number(untilText);
  if (!mac || !Number.isFinite(until) || until < now.getTime()) return false;
  const expected = Buffer.from(grantMac(shareId, accessCodeHash, until));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

async function findShare(shareId: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(shareId)) return null;
  return db.transcriptShare.findUnique({
    where: { shareId },
    omit: { accessCodeHash: false },
  });
}

export type SharedTranscriptView =
  | { state: "not-found" }
  | { state: "revoked" | "expired"; label: string | null }
  | { state: "needs-code"; label: string | null }
  | { state: "shared"; label: string | null; expiresAt: Date | null; transcript: Transcript };

/**
 * What a visitor to a share link sees. Anonymous by design; a revoked or expired link says so and shows nothing,
 * and without a valid grant (from entering the access code) only the request for the code is shown.
 */
export async function viewSharedTranscript(shareId: string, grant: string | undefined, now = new Date()): Promise<SharedTranscriptView> {
  const share = await findShare(shareId);
  if (!share) return { state: "not-found" };
  const state = stateOf(share, now);
  if (state !== "active") return { state, label: null };
  if (!grantValid(grant, share.shareId, share.accessCodeHash, now)) return { state: "needs-code", label: null };
  const transcript = await loadTranscript(share.userId, { includeExams: share.includeExams }, now);
  if (!transcript) return { state: "not-found" };
  return { state: "shared", label: share.label, expiresAt: share.expiresAt, transcript };
}

/**
 * Checks an access code. Attempts are limited per client, and per link and client with a doubling wait, so the code
 * cannot be guessed and nobody can lock the recipient out by guessing elsewhere. A right code clears that client's
 * wait, counts as a view and returns the grant for the cookie.
 */
export async function unlockSharedTranscript(shareId: string, accessCode: string, clientIp: string, now = new Date()) {
  const share = await findShare(shareId);
  if (!share) return { ok: false as const, reason: "not-found" as const };
  const state = stateOf(share, now);
  if (state !== "active") return { ok: false as const, reason: state };
  const attemptKey = `share-code:${share.shareId}:${clientIp}`;
  let limit = await consumeRateLimit(`share-code-ip:${clientIp}`, LIMITS.accessCodePerIp, now);
  if (limit.allowed) limit = await consumeBackoff(attemptKey, ACCESS_CODE_BACKOFF, now);
  if (!limit.allowed) {
    return {
      ok: false as const,
      reason: "rate-limited" as const,
      retryAfterSeconds: limit.retryAfterSeconds,
      message: `Too many attempts. Try again in ${minutes(limit.retryAfterSeconds)}.`,
    };
  }
  if (!safeEqualHex(codeHash(share.shareId, accessCode), share.accessCodeHash)) {
    return { ok: false as const, reason: "wrong-code" as const };
  }
  await clearBackoff(attemptKey);
  await db.transcriptShare.update({
    where: { id: share.id },
    data: { lastViewedAt: now, viewCount: { increment: 1 } },
  });
  const until = Math.min(now.getTime() + SHARE_GRANT_MS, share.expiresAt?.getTime() ?? Infinity);
  return { ok: true as const, grant: `${until}.${grantMac(share.shareId, share.accessCodeHash, until)}`, maxAgeSeconds: Math.max(1, Math.floor((until - now.getTime()) / 1000)) };
}
