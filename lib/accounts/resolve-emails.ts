import { Prisma } from "@/lib/generated/prisma/client";
import { bulkQuery } from "@/lib/db/bulk-statements";
import type { Db, Tx } from "@/lib/db";

/**
 * "This email address belongs to that live account", for many addresses in one query: the primary email, else a
 * confirmed secondary one; merged accounts followed to their survivor, at most five hops. Sign-in, Entra linking,
 * imports and bulk issuance all ask here (findUserByAnyEmail for one address). Addresses must already be
 * lower-case. Unknown addresses are absent from the map.
 */
export async function resolveUsersByEmail(client: Db | Tx, emails: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(emails)];
  if (wanted.length === 0) return new Map();
  const rows = await bulkQuery<{ email: string; userId: string }>(
    client,
    Prisma.sql`
    WITH RECURSIVE owner AS MATERIALIZED (
      -- Each address looked up by its unique index: as plain joins the planner hashed the whole User table, which at
      -- 100,000 candidates cost more than the rest of the lookup.
      SELECT w.email, COALESCE(
        (SELECT u.id FROM "User" u WHERE u.email = w.email),
        (SELECT ce."userId" FROM "CandidateEmail" ce WHERE ce.email = w.email AND ce."confirmedAt" IS NOT NULL)
      ) AS id
      FROM unnest(${wanted}::text[]) AS w(email)
    ), chain AS (
      SELECT email, id, 0 AS hops FROM owner WHERE id IS NOT NULL
      UNION ALL
      SELECT c.email, u."mergedIntoId", c.hops + 1
      FROM chain c JOIN "User" u ON u.id = c.id
      WHERE u.status = 'MERGED' AND u."mergedIntoId" IS NOT NULL AND c.hops < 5
    )
    SELECT DISTINCT ON (email) email, id AS "userId" FROM chain ORDER BY email, hops DESC`,
  );
  return new Map(rows.map((r) => [r.email, r.userId]));
}
