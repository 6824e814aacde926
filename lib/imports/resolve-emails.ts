import type { Db, Tx } from "@/lib/db";

/**
 * The live account each address belongs to, for many addresses in one query: the same answer as
 * findUserByAnyEmail (the primary email, else a confirmed secondary one; merged accounts followed to their
 * survivor, at most five hops). Addresses must already be lower-case. Unknown addresses are absent from the map.
 */
export async function resolveUsersByEmail(client: Db | Tx, emails: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(emails)];
  if (wanted.length === 0) return new Map();
  const rows = await client.$queryRaw<{ email: string; userId: string }[]>`
    WITH RECURSIVE owner AS (
      SELECT w.email, COALESCE(u.id, ce."userId") AS id
      FROM unnest(${wanted}::text[]) AS w(email)
      LEFT JOIN "User" u ON u.email = w.email
      LEFT JOIN "CandidateEmail" ce ON ce.email = w.email AND ce."confirmedAt" IS NOT NULL
      WHERE u.id IS NOT NULL OR ce."userId" IS NOT NULL
    ), chain AS (
      SELECT email, id, 0 AS hops FROM owner
      UNION ALL
      SELECT c.email, u."mergedIntoId", c.hops + 1
      FROM chain c JOIN "User" u ON u.id = c.id
      WHERE u.status = 'MERGED' AND u."mergedIntoId" IS NOT NULL AND c.hops < 5
    )
    SELECT DISTINCT ON (email) email, id AS "userId" FROM chain ORDER BY email, hops DESC`;
  return new Map(rows.map((r) => [r.email, r.userId]));
}
