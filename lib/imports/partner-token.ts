import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Whether an Authorization header carries the partner token. Both sides are hashed first so the comparison is
 * constant-time whatever the lengths; with no token configured nothing matches.
 */
export function tokenMatches(authorization: string | null, configured: string | undefined): boolean {
  if (!configured || !authorization) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return false;
  return timingSafeEqual(digest(match[1]), digest(configured));
}

/** Whether a request's Authorization header carries the configured PARTNER_API_TOKEN. */
export const isPartnerToken = (authorization: string | null) => tokenMatches(authorization, env().PARTNER_API_TOKEN);
