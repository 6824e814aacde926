import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashToken } from "@/lib/security/tokens";
import { normalizeAccessCode } from "@/lib/rules/access-code";

/**
 * What a transcript share link is, written once for both sides: its owner manages it (lib/candidate/transcript),
 * anyone with the link and its access code reads it (lib/public/transcripts).
 */

/** How long a visitor who entered the right code may keep reading before being asked again. */
export const SHARE_GRANT_MS = 60 * 60 * 1000;

export function codeHash(shareId: string, code: string) {
  return hashToken(`${shareId}:${normalizeAccessCode(code)}`);
}

export type ShareState = "active" | "expired" | "revoked";

export function stateOf(s: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): ShareState {
  if (s.revokedAt) return "revoked";
  if (s.expiresAt && s.expiresAt <= now) return "expired";
  return "active";
}

/** The grant a visitor keeps (in a cookie scoped to the share's path) after entering the right code. */
export function grantMac(shareId: string, accessCodeHash: string, until: number) {
  return createHmac("sha256", env().AUTH_SECRET)
    .update(`share-grant:${shareId}:${accessCodeHash}:${until}`)
    .digest("base64url");
}

export function grantValid(grant: string | undefined, shareId: string, accessCodeHash: string, now: Date) {
  const [untilText, mac] = (grant ?? "").split(".");
  const until = Number(untilText);
  if (!mac || !Number.isFinite(until) || until < now.getTime()) return false;
  const expected = Buffer.from(grantMac(shareId, accessCodeHash, until));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export async function findShare(shareId: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(shareId)) return null;
  return db.transcriptShare.findUnique({
    where: { shareId },
    omit: { accessCodeHash: false },
  });
}
