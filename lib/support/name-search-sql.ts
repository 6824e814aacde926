import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/support/lookup-plan";

export const SEARCH_PAGE_SIZE = 20;

/**
 * The page and its count. Each fragment is a LIKE on the folded searchText, which the trigram GIN index on that
 * column serves (a bitmap AND of one index scan per fragment), so no request scans the candidates.
 */
export function nameSearchSql(tokens: string[], page: number, exclude: string[] = []) {
  const likes = tokens.map((t) => Prisma.sql`p."searchText" LIKE ${containsPattern(t)}`);
  const notIn = exclude.length ? Prisma.sql`AND u.id NOT IN (${Prisma.join(exclude)})` : Prisma.empty;
  const from = Prisma.sql`FROM "CandidateProfile" p JOIN "User" u ON u.id = p."userId"
    WHERE u.role = 'CANDIDATE' AND u.status <> 'MERGED' AND ${Prisma.join(likes, " AND ")} ${notIn}`;
  return {
    rows: Prisma.sql`SELECT u.id ${from} ORDER BY p."legalLastName", p."legalFirstName", u.id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`,
    count: Prisma.sql`SELECT count(*) AS count ${from}`,
  };
}
