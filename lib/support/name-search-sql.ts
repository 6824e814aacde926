import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/support/lookup-plan";

export const SEARCH_PAGE_SIZE = 20;

/**
 * The page and its count. Each fragment is a LIKE on the folded searchText, which the trigram GIN index on that
 * column serves (a bitmap AND of one index scan per fragment), so no request scans the candidates. The matches are
 * a MATERIALIZED CTE: otherwise, seeing ORDER BY name LIMIT 20, the planner may walk the name index end to end
 * testing every row against the pattern, which is fast only when matches are common.
 */
export function nameSearchSql(tokens: string[], page: number, exclude: string[] = []) {
  const likes = tokens.map((t) => Prisma.sql`p."searchText" LIKE ${containsPattern(t)}`);
  const notIn = exclude.length ? Prisma.sql`AND u.id NOT IN (${Prisma.join(exclude)})` : Prisma.empty;
  const matches = Prisma.sql`WITH matches AS MATERIALIZED (
      SELECT p."userId", p."legalLastName", p."legalFirstName" FROM "CandidateProfile" p
      WHERE ${Prisma.join(likes, " AND ")})`;
  const from = Prisma.sql`FROM matches m JOIN "User" u ON u.id = m."userId"
    WHERE u.role = 'CANDIDATE' AND u.status <> 'MERGED' ${notIn}`;
  return {
    rows: Prisma.sql`${matches} SELECT u.id ${from} ORDER BY m."legalLastName", m."legalFirstName", u.id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`,
    count: Prisma.sql`${matches} SELECT count(*) AS count ${from}`,
  };
}
