import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { runAsViewer } from "@/lib/session";
import { formatMcid } from "@/lib/rules/mcid";
import { searchCandidates, SEARCH_PAGE_SIZE } from "@/lib/support/search/search";
import { nameSearchSql } from "@/lib/accounts/name-search-sql";
import { mergeCandidateAccounts } from "@/lib/support/candidates/merge";
import { makeCandidate, makeStaff, uniqueEmail, viewerOf } from "../support/factories";

let support: Awaited<ReturnType<typeof makeStaff>>;
const search = (q: string, page = 1) =>
  runAsViewer(viewerOf(support), () => searchCandidates({ q, page: String(page) }));
const ids = (r: Awaited<ReturnType<typeof search>>) => r.hits.map((h) => h.userId);

beforeAll(async () => {
  support = await makeStaff("SUPPORT");
});

describe("support search", () => {
  it("finds partial names regardless of case and accents, in both directions", async () => {
    const jose = await makeCandidate({ legalFirstName: "José", legalLastName: "Müllerström" });
    const zoe = await makeCandidate({ legalFirstName: "zoe", legalLastName: "MULLERSTROM", preferredName: "Zo" });
    const other = await makeCandidate({ legalFirstName: "Ana", legalLastName: "Smith" });

    for (const q of ["müllerst", "MULLERST", "llerstr", "Mullerström"]) {
      const r = await search(q);
      expect(ids(r).sort(), q).toEqual([jose.id, zoe.id].sort());
      expect(r.hits.every((h) => h.matchedBy === "name")).toBe(true);
    }
    expect(ids(await search("jose mullerstrom"))).toEqual([jose.id]);
    expect(ids(await search("Müllerström José"))).toEqual([jose.id]);
    expect(ids(await search("ZOË"))).toEqual([zoe.id]);
    expect(ids(await search("mullerstrom")).includes(other.id)).toBe(false);
    // Wildcards typed by the user are matched literally.
    expect((await search("m%r")).total).toBe(0);
    expect((await search("mu")).hint).toMatch(/at least 3 letters/);
  });

  it("finds primary and secondary emails, confirmed or not, and says which matched", async () => {
    const c = await makeCandidate();
    const confirmed = uniqueEmail("work");
    const pending = uniqueEmail("old");
    await db.candidateEmail.createMany({
      data: [
        { userId: c.id, email: confirmed, confirmedAt: new Date() },
        { userId: c.id, email: pending },
      ],
    });
    expect((await search(c.email.toUpperCase())).hits).toMatchObject([{ userId: c.id, matchedBy: "email" }]);
    expect((await search(`  ${confirmed} `)).hits).toMatchObject([{ userId: c.id, matchedBy: "secondary email" }]);
    expect((await search(pending)).hits).toMatchObject([{ userId: c.id, matchedBy: "unconfirmed secondary email" }]);
    expect((await search("nobody@example.com")).hits).toEqual([]);
  });

  it("finds an MCID typed with spaces or dashes, and rejects one with a wrong check digit", async () => {
    const c = await makeCandidate();
    const mcid = c.profile!.mcid;
    for (const q of [mcid, formatMcid(mcid), `${mcid.slice(0, 3)}-${mcid.slice(3, 6)}-${mcid.slice(6)}`]) {
      const r = await search(q);
      expect(r.hits, q).toMatchObject([{ userId: c.id, matchedBy: "MCID", mcid: formatMcid(mcid) }]);
    }
    const wrong = mcid.slice(0, 9) + String((Number(mcid[9]) + 1) % 10);
    const r = await search(wrong);
    expect(r.hits).toEqual([]);
    expect(r.hint).toMatch(/not a valid MCID/);
  });

  it("resolves the MCID and email of a merged account to the survivor", async () => {
    const survivor = await makeCandidate({ legalFirstName: "Kwame", legalLastName: "Survivor" });
    const dup = await makeCandidate({ legalFirstName: "Kwame", legalLastName: "Survivor" });
    await runAsViewer(viewerOf(support), () =>
      mergeCandidateAccounts({
        survivorId: survivor.id,
        duplicate: dup.email,
        reason: "Same person, two accounts",
        confirm: "yes",
      }),
    );
    expect((await search(formatMcid(dup.profile!.mcid))).hits).toMatchObject([
      { userId: survivor.id, matchedBy: "MCID alias" },
    ]);
    expect((await search(survivor.profile!.mcid)).hits).toMatchObject([{ userId: survivor.id, matchedBy: "MCID" }]);
    expect((await search(dup.email)).hits).toMatchObject([{ userId: survivor.id, matchedBy: "secondary email" }]);
    // The merged shell is not listed as a second person.
    expect(ids(await search("kwame survivor"))).toEqual([survivor.id]);
  });

  it("finds the holder of an exam record id, and lists an unmatched one", async () => {
    const c = await makeCandidate();
    const exam = await db.exam.create({ data: { code: `SR-${Date.now()}`, title: "Search" } });
    const base = {
      examId: exam.id,
      takenOn: new Date("2025-01-01"),
      score: 800,
      passed: true,
      channel: "ONLINE" as const,
    };
    await db.examResult.create({ data: { ...base, userId: c.id, sourceRecordId: "PV-123456", sourceEmail: c.email } });
    await db.examResult.create({
      data: { ...base, userId: null, sourceRecordId: "PV-999999", sourceEmail: "lost@example.com" },
    });
    expect((await search("PV-123456")).hits).toMatchObject([{ userId: c.id, matchedBy: "exam record" }]);
    const orphan = await search("PV-999999");
    expect(orphan.hits).toEqual([]);
    expect(orphan.unmatched).toMatchObject([{ sourceRecordId: "PV-999999", sourceEmail: "lost@example.com" }]);
    expect((await search("lost@example.com")).unmatched).toHaveLength(1);
  });

  it("pages through many name matches in a stable order", async () => {
    const made = [];
    for (let i = 0; i < SEARCH_PAGE_SIZE + 5; i++)
      made.push(await makeCandidate({ legalFirstName: `P${i}`, legalLastName: "Paginova" }));
    const one = await search("paginova", 1);
    const two = await search("paginova", 2);
    expect(one.total).toBe(made.length);
    expect(one.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect(two.hits).toHaveLength(5);
    expect(new Set([...ids(one), ...ids(two)])).toEqual(new Set(made.map((m) => m.id)));
  });

  it("never returns staff accounts", async () => {
    const admin = await makeStaff("ADMIN");
    expect((await search(admin.email)).hits).toEqual([]);
  });

  it("serves name search from the trigram index, not a scan of the candidates", async () => {
    await db.$executeRaw`
      INSERT INTO "User" (id, email, role, status, "createdAt", "updatedAt")
      SELECT 'bulk' || g, 'bulk' || g || '@example.com', 'CANDIDATE', 'ACTIVE', now(), now() FROM generate_series(1, 20000) g`;
    // Random names over the whole alphabet, so trigram statistics look like real names rather than hex.
    await db.$executeRaw`
      WITH names AS (
        SELECT g,
          (SELECT string_agg(chr(97 + floor(random() * 26)::int), '') FROM generate_series(1, 7) WHERE g > 0) AS first,
          (SELECT string_agg(chr(97 + floor(random() * 26)::int), '') FROM generate_series(1, 9) WHERE g > 0) AS last
        FROM generate_series(1, 20000) g)
      INSERT INTO "CandidateProfile" (id, "userId", mcid, "legalFirstName", "legalLastName", "searchText", "publicSlug", "createdAt", "updatedAt")
      SELECT 'bulkp' || g, 'bulk' || g, '8' || lpad(g::text, 9, '0'), first, last, first || ' ' || last, 'bulk' || g, now(), now()
      FROM names`;
    // As autovacuum does after a bulk load: it folds GIN's pending list into the index and refreshes statistics.
    await db.$executeRaw`VACUUM ANALYZE "CandidateProfile"`;
    await db.$executeRaw`ANALYZE "User"`;
    const target = await db.candidateProfile.findUniqueOrThrow({ where: { id: "bulkp4321" } });
    const fragment = target.legalLastName.slice(1, 7);
    for (const tokens of [[fragment], [target.legalFirstName.slice(0, 4), fragment]]) {
      const sql = nameSearchSql(tokens, 1);
      for (const query of [sql.rows, sql.count]) {
        const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${query}`);
        const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
        expect(text).toContain("CandidateProfile_searchText_idx");
        expect(text).not.toMatch(/Seq Scan on "CandidateProfile"/);
      }
    }
    expect(ids(await search(fragment))).toContain("bulk4321");
  });
});
