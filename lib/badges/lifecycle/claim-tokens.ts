import type { Tx } from "@/lib/db";
import { newId, sqlTimestamp } from "@/lib/db/bulk-values";
import { hashToken, newToken } from "@/lib/security/tokens";

/** Claim links stay valid long enough for the reminders and a late reader, but not forever. */
export const CLAIM_TOKEN_DAYS = 365;

/** Creates one claim token per badge; returns the raw tokens (never stored) by badge id. */
export async function mintClaimTokens(tx: Tx, badgeIds: string[], now = new Date()): Promise<Map<string, string>> {
  const raw = new Map(badgeIds.map((id) => [id, newToken()]));
  if (raw.size === 0) return raw;
  const expiresAt = sqlTimestamp(new Date(now.getTime() + CLAIM_TOKEN_DAYS * 24 * 60 * 60 * 1000));
  const entries = [...raw];
  // One set-based statement: bulk issuance mints a token per pending badge, and the ORM's insert costs ~1 ms a row.
  await tx.$executeRaw`
    INSERT INTO "BadgeClaimToken" (id, "badgeId", "tokenHash", "expiresAt", "createdAt")
    SELECT t.id, t.badge_id, t.hash, ${expiresAt}::timestamp(3), ${sqlTimestamp(new Date())}::timestamp(3)
    FROM unnest(${entries.map(() => newId())}::text[], ${entries.map(([id]) => id)}::text[], ${entries.map(([, token]) => hashToken(token))}::text[])
      AS t(id, badge_id, hash)`;
  return raw;
}

/** Stops every outstanding link of these badges from working (a fresh link, a revocation, a decision). */
export async function revokeClaimTokens(tx: Tx, badgeIds: string[], now = new Date()) {
  if (badgeIds.length === 0) return 0;
  const { count } = await tx.badgeClaimToken.updateMany({
    where: { badgeId: { in: badgeIds }, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  return count;
}
