import "server-only";
import { db } from "@/lib/db";
import { safeEqualHex } from "@/lib/security/tokens";
import { ACCESS_CODE_BACKOFF, consumeRateLimit, LIMITS, minutes } from "@/lib/security/rate-limit";
import { clearBackoff, consumeBackoff } from "@/lib/security/backoff";
import { loadTranscript, type Transcript } from "@/lib/records/transcript-data";
import { codeHash, findShare, grantMac, grantValid, SHARE_GRANT_MS, stateOf } from "@/lib/records/transcript-shares";

export type SharedTranscriptView =
  | { state: "not-found" }
  | { state: "revoked" | "expired"; label: string | null }
  | { state: "needs-code"; label: string | null }
  | { state: "shared"; label: string | null; expiresAt: Date | null; transcript: Transcript };

/**
 * What a visitor to a share link sees. Anonymous by design; a revoked or expired link says so and shows nothing,
 * and without a valid grant (from entering the access code) only the request for the code is shown.
 */
export async function viewSharedTranscript(
  shareId: string,
  grant: string | undefined,
  now = new Date(),
): Promise<SharedTranscriptView> {
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
  return {
    ok: true as const,
    grant: `${until}.${grantMac(share.shareId, share.accessCodeHash, until)}`,
    maxAgeSeconds: Math.max(1, Math.floor((until - now.getTime()) / 1000)),
  };
}
