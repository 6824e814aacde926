import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatMcid } from "@/lib/rules/mcid";
import { planLookup } from "@/lib/accounts/lookup-plan";
import { followMerges, userIdByMcid } from "@/lib/accounts/resolve";
import { candidateSearchSchema } from "@/lib/validation/support";
import { requireStaff } from "@/lib/support/guard";
import { nameSearchSql, SEARCH_PAGE_SIZE } from "@/lib/accounts/name-search-sql";

export { SEARCH_PAGE_SIZE };

export type MatchedBy =
  | "email"
  | "secondary email"
  | "unconfirmed secondary email"
  | "MCID"
  | "MCID alias"
  | "exam record"
  | "name";

export type CandidateHit = {
  userId: string;
  name: string;
  email: string;
  mcid: string | null;
  status: string;
  lastSignInAt: Date | null;
  hasAccount: boolean;
  matchedBy: MatchedBy;
};

export type UnmatchedHit = {
  id: string;
  examCode: string;
  takenOn: Date;
  sourceEmail: string;
  sourceName: string | null;
  sourceRecordId: string | null;
};

export type SearchResult = {
  q: string;
  page: number;
  pageSize: number;
  total: number;
  hits: CandidateHit[];
  /** Exam results nobody holds that carry the searched email or record id: the "never got my badge" case. */
  unmatched: UnmatchedHit[];
  hint: string | null;
};

async function nameMatches(tokens: string[], page: number, exclude: string[]) {
  const sql = nameSearchSql(tokens, page, exclude);
  const [rows, [{ count }]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(sql.rows),
    db.$queryRaw<{ count: bigint }[]>(sql.count),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count) };
}

async function exactMatches(plan: ReturnType<typeof planLookup>) {
  const found: { userId: string; matchedBy: MatchedBy }[] = [];
  let unmatched: UnmatchedHit[] = [];
  const add = async (userId: string, matchedBy: MatchedBy) =>
    found.push({ userId: await followMerges(db, userId), matchedBy });
  const unmatchedSelect = {
    id: true,
    takenOn: true,
    sourceEmail: true,
    sourceName: true,
    sourceRecordId: true,
    exam: { select: { code: true } },
  } as const;
  const toUnmatched = (r: {
    id: string;
    takenOn: Date;
    sourceEmail: string;
    sourceName: string | null;
    sourceRecordId: string | null;
    exam: { code: string };
  }): UnmatchedHit => ({
    id: r.id,
    examCode: r.exam.code,
    takenOn: r.takenOn,
    sourceEmail: r.sourceEmail,
    sourceName: r.sourceName,
    sourceRecordId: r.sourceRecordId,
  });

  if (plan.email) {
    const [primary, secondary, orphans] = await Promise.all([
      db.user.findUnique({ where: { email: plan.email }, select: { id: true } }),
      db.candidateEmail.findUnique({ where: { email: plan.email }, select: { userId: true, confirmedAt: true } }),
      db.examResult.findMany({
        where: { sourceEmail: plan.email, userId: null },
        select: unmatchedSelect,
        orderBy: { takenOn: "desc" },
        take: 20,
      }),
    ]);
    if (primary) await add(primary.id, "email");
    if (secondary)
      await add(secondary.userId, secondary.confirmedAt ? "secondary email" : "unconfirmed secondary email");
    unmatched = orphans.map(toUnmatched);
  }
  if (plan.mcid) {
    const hit = await userIdByMcid(db, plan.mcid);
    if (hit) found.push({ userId: hit.userId, matchedBy: hit.viaAlias ? "MCID alias" : "MCID" });
  }
  if (plan.sourceRecordId) {
    // Tried for every name-like query without spaces, so raw (see hitsFor); a miss costs one unique-index probe.
    const [result] = await db.$queryRaw<(UnmatchedHit & { userId: string | null })[]>`
      SELECT r.id, r."userId", r."takenOn", r."sourceEmail", r."sourceName", r."sourceRecordId", e.code AS "examCode"
      FROM "ExamResult" r JOIN "Exam" e ON e.id = r."examId" WHERE r."sourceRecordId" = ${plan.sourceRecordId}`;
    if (result?.userId) await add(result.userId, "exam record");
    else if (result)
      unmatched.push({
        id: result.id,
        examCode: result.examCode,
        takenOn: result.takenOn,
        sourceEmail: result.sourceEmail,
        sourceName: result.sourceName,
        sourceRecordId: result.sourceRecordId,
      });
  }
  const seen = new Set<string>();
  return { found: found.filter((f) => !seen.has(f.userId) && seen.add(f.userId)), unmatched };
}

type HitRow = {
  id: string;
  email: string;
  name: string | null;
  status: string;
  lastSignInAt: Date | null;
  hasAccount: boolean;
  mcid: string | null;
  legalFirstName: string | null;
  legalLastName: string | null;
};

async function hitsFor(ids: { userId: string; matchedBy: MatchedBy }[]): Promise<CandidateHit[]> {
  if (ids.length === 0) return [];
  // Raw, as every search runs it: Prisma 6 compiles each ORM query on the request's thread (about 1.7 ms here).
  const users = await db.$queryRaw<HitRow[]>`
    SELECT u.id, u.email, u.name, u.status::text AS status, u."lastSignInAt", u."emailVerified" IS NOT NULL AS "hasAccount",
           p.mcid, p."legalFirstName", p."legalLastName"
    FROM "User" u LEFT JOIN "CandidateProfile" p ON p."userId" = u.id
    WHERE u.id IN (${Prisma.join(ids.map((i) => i.userId))}) AND u.role = 'CANDIDATE'`;
  const byId = new Map(users.map((u) => [u.id, u]));
  return ids.flatMap(({ userId, matchedBy }) => {
    const u = byId.get(userId);
    if (!u) return [];
    const legal = [u.legalFirstName, u.legalLastName].filter(Boolean).join(" ");
    return [
      {
        userId: u.id,
        name: legal || u.name || u.email,
        email: u.email,
        mcid: u.mcid ? formatMcid(u.mcid) : null,
        status: u.status,
        lastSignInAt: u.lastSignInAt,
        hasAccount: u.hasAccount,
        matchedBy,
      },
    ];
  });
}

/**
 * Support's one search box. Exact keys (email, MCID or its alias, exam record id) go through unique indexes and
 * come first; name fragments are matched case- and accent-insensitively against the folded searchText.
 */
export async function searchCandidates(input: unknown): Promise<SearchResult> {
  await requireStaff();
  const { q = "", page } = candidateSearchSchema.parse(input ?? {});
  const plan = planLookup(q);
  const { found, unmatched } = await exactMatches(plan);
  const names = plan.nameTokens.length
    ? await nameMatches(
        plan.nameTokens,
        page,
        found.map((f) => f.userId),
      )
    : { ids: [], total: 0 };
  const exact = page === 1 ? await hitsFor(found) : [];
  const byName = await hitsFor(names.ids.map((userId) => ({ userId, matchedBy: "name" as const })));
  return {
    q,
    page,
    pageSize: SEARCH_PAGE_SIZE,
    total: found.length + names.total,
    hits: [...exact, ...byName],
    unmatched,
    hint: found.length || names.total || unmatched.length ? null : plan.nameHint,
  };
}
