import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/accounts/lookup-plan";

export const SEARCH_PAGE_SIZE = 20;

/**
 * The page and its count. Each fragment is a LIKE on the folded searchText, which the trigram GIN index on that
 * column serves (a bitmap AND of one index scan per fragment), so no request scans the candidates. The matches are
 * a MATERIALIZED CTE: otherwise, seeing ORDER BY name LIMIT 20, the planner may walk the name index end to end
 * testing every row against the pattern, which is fast only when matches are common.
 *
 * Only profiles are read: every profile belongs to a candidate, and a merged account's profile has an empty
 * searchText (see mergeAccounts), so no join to User is needed. That join made a common fragment ("fernan", one
 * candidate in twelve) hash the whole User table on every search.
 */
export function nameSearchSql(tokens: string[], page: number, exclude: string[] = []) {
  const likes = tokens.map((t) => Prisma.sql`p."searchText" LIKE ${containsPattern(t)}`);
  const notIn = exclude.length ? Prisma.sql`AND p."userId" NOT IN (${Prisma.join(exclude)})` : Prisma.empty;
  const matches = Prisma.sql`WITH matches AS MATERIALIZED (
      SELECT p."userId", p."legalLastName", p."legalFirstName" FROM "CandidateProfile" p
      WHERE ${Prisma.join(likes, " AND ")} ${notIn})`;
  return {
    rows: Prisma.sql`${matches} SELECT m."userId" AS id FROM matches m ORDER BY m."legalLastName", m."legalFirstName", m."userId"
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`,
    count: Prisma.sql`${matches} SELECT count(*) AS count FROM matches`,
  };
}
