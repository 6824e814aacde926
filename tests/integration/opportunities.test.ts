import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { getMyPostings } from "@/lib/candidate/postings/postings";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";

const day = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * day);

let me: Awaited<ReturnType<typeof makeCandidate>>;
const cert: Record<string, string> = {};

async function posting(
  externalId: string,
  data: {
    skills?: string[];
    certificationId?: string | null;
    remote?: boolean;
    location?: string;
    salary?: [number | null, number | null, string];
    postedOn?: Date;
    closesOn?: Date | null;
  },
) {
  return db.jobPosting.create({
    data: {
      externalId,
      title: `Job ${externalId}`,
      employer: "Contoso",
      location: data.location ?? "Bristol, United Kingdom",
      remote: data.remote ?? false,
      salaryMin: data.salary?.[0] ?? null,
      salaryMax: data.salary?.[1] ?? null,
      currency: data.salary?.[2] ?? null,
      url: `https://jobs.example/${externalId}`,
      postedOn: data.postedOn ?? ago(3),
      closesOn: data.closesOn ?? null,
      certificationId: data.certificationId ?? null,
      skills: { connect: (data.skills ?? []).map((slug) => ({ slug })) },
    },
  });
}

const ids = (r: { matches: { title: string }[] }) => r.matches.map((m) => m.title.replace("Job ", ""));

beforeAll(async () => {
  await db.skill.createMany({
    data: ["a", "b", "c", "d", "e"].map((s) => ({ name: `Skill ${s.toUpperCase()}`, slug: s })),
  });
  const e1 = await db.exam.create({
    data: { code: "EX-1", title: "One", skills: { connect: [{ slug: "a" }, { slug: "b" }] } },
  });
  const e2 = await db.exam.create({
    data: {
      code: "EX-2",
      title: "Retired",
      status: "RETIRED",
      retiredOn: ago(400),
      skills: { connect: [{ slug: "c" }] },
    },
  });
  const e3 = await db.exam.create({ data: { code: "EX-3", title: "Three", skills: { connect: [{ slug: "d" }] } } });
  const e4 = await db.exam.create({ data: { code: "EX-4", title: "Failed", skills: { connect: [{ slug: "e" }] } } });
  for (const [code, skills] of [
    ["HELD", ["a", "b"]],
    ["LAPSED", ["d"]],
    ["OTHER", ["e"]],
  ] as const) {
    cert[code] = (
      await db.certification.create({
        data: {
          code,
          title: `Cert ${code}`,
          level: "ASSOCIATE",
          validityMonths: 12,
          skills: { connect: skills.map((slug) => ({ slug })) },
        },
      })
    ).id;
  }
  me = await makeCandidate();
  const result = (examId: string, passed: boolean, n: number) => ({
    userId: me.id,
    examId,
    takenOn: ago(300),
    score: passed ? 800 : 500,
    passed,
    channel: "ONLINE" as const,
    sourceEmail: me.email,
    sourceRecordId: `R-${n}`,
  });
  await db.examResult.createMany({
    data: [result(e1.id, true, 1), result(e2.id, true, 2), result(e3.id, false, 3), result(e4.id, false, 4)],
  });
  // d comes only from a lapsed certification: it does not count.
  await db.earnedCertification.createMany({
    data: [
      {
        userId: me.id,
        certificationId: cert.HELD,
        earnedOn: ago(300),
        expiresOn: new Date(Date.now() + 60 * day),
        status: "ACTIVE",
        certificateNumber: "N-1",
      },
      {
        userId: me.id,
        certificationId: cert.LAPSED,
        earnedOn: ago(800),
        expiresOn: ago(400),
        status: "EXPIRED",
        certificateNumber: "N-2",
      },
    ],
  });

  await posting("cert-remote", {
    certificationId: cert.HELD,
    skills: ["a", "e"],
    remote: true,
    location: "Remote, United Kingdom",
    salary: [50_000, 70_000, "GBP"],
  });
  await posting("both-skills-london", {
    skills: ["a", "b"],
    location: "London, United Kingdom",
    salary: [40_000, 50_000, "GBP"],
  });
  await posting("retired-exam-skill", {
    skills: ["c", "d"],
    location: "Berlin, Germany",
    salary: [60_000, null, "EUR"],
  });
  await posting("lapsed-only", { skills: ["d"], certificationId: cert.LAPSED });
  await posting("failed-only", { skills: ["e"] });
  await posting("closed", { skills: ["a"], closesOn: ago(1) });
  await posting("not-yet", { skills: ["a"], postedOn: new Date(Date.now() + 5 * day) });
  await posting("closes-later", {
    skills: ["a"],
    certificationId: cert.HELD,
    closesOn: new Date(Date.now() + 10 * day),
    salary: [60_000, 80_000, "GBP"],
  });
});

describe("a candidate's opportunities", () => {
  it("matches current postings by held certification or shared skills, best first, and explains why", async () => {
    const r = await runAsViewer(viewerOf(me), () => getMyPostings({}));
    expect(r.skills.map((s) => s.name)).toEqual(["Skill A", "Skill B", "Skill C"]);
    expect(r.certifications.map((c) => c.code)).toEqual(["HELD"]);
    // both held-certification postings first (closes-later has all its skills), then share of skills
    expect(ids(r)).toEqual(["closes-later", "cert-remote", "both-skills-london", "retired-exam-skill"]);
    const first = r.matches.find((m) => m.title === "Job cert-remote")!;
    expect(first.why).toEqual({
      certificationHeld: true,
      certificationMissing: false,
      skillsInCommon: ["Skill A"],
      skillsMissing: ["Skill E"],
      percent: 50,
    });
    expect(first.certification).toEqual({ code: "HELD", title: "Cert HELD" });
    expect(r.matches.find((m) => m.title === "Job retired-exam-skill")!.why.skillsInCommon).toEqual(["Skill C"]);
    expect(r.totalMatches).toBe(4);
    expect(r.unfilteredMatches).toBe(4);
  });

  it.each([
    [{ remote: "1" }, ["cert-remote"]],
    [{ location: "LONDON" }, ["both-skills-london"]],
    [{ location: "united kingdom", remote: "0" }, ["cert-remote", "both-skills-london", "closes-later"]],
    [{ minSalary: "65000", currency: "GBP" }, ["closes-later", "cert-remote"]],
    [{ minSalary: "60000", currency: "eur" }, ["retired-exam-skill"]],
    [{ minSalary: "60001", currency: "EUR" }, []],
    [{ currency: "USD" }, []],
  ])("filters %j to %j", async (params, expected) => {
    const r = await runAsViewer(viewerOf(me), () => getMyPostings(params));
    expect(r.filterErrors).toEqual([]);
    expect(r.filtered).toBe(true);
    expect(ids(r).sort()).toEqual([...expected].sort());
    expect(r.unfilteredMatches).toBe(4);
  });

  it("reports filters it cannot understand and ignores them", async () => {
    const r = await runAsViewer(viewerOf(me), () => getMyPostings({ minSalary: "lots", currency: "GBP" }));
    expect(r.filterErrors).toEqual(["Minimum salary: enter a whole number"]);
    expect(r.filtered).toBe(false);
    expect(r.totalMatches).toBe(4);
  });

  it("gives salary statistics per held certification, and says when there is not enough data", async () => {
    let r = await runAsViewer(viewerOf(me), () => getMyPostings({}));
    expect(r.salaryInsights).toEqual([
      {
        certificationId: cert.HELD,
        code: "HELD",
        title: "Cert HELD",
        basis: "certification",
        byCurrency: [{ currency: "GBP", enoughData: false, count: 2 }],
      },
    ]);
    await posting("third", { certificationId: cert.HELD, salary: [80_000, 100_000, "GBP"] });
    await posting("usd", { certificationId: cert.HELD, salary: [100_000, 140_000, "USD"] });
    r = await runAsViewer(viewerOf(me), () => getMyPostings({}));
    expect(r.salaryInsights[0].byCurrency).toEqual([
      {
        currency: "GBP",
        enoughData: true,
        count: 3,
        min: 60_000,
        p25: 65_000,
        median: 70_000,
        p75: 80_000,
        max: 90_000,
      },
      { currency: "USD", enoughData: false, count: 1 },
    ]);
    await db.jobPosting.deleteMany({ where: { externalId: { in: ["third", "usd"] } } });
  });

  it("shows a candidate with no record nothing, rather than everything", async () => {
    const newcomer = await makeCandidate();
    const r = await runAsViewer(viewerOf(newcomer), () => getMyPostings({}));
    expect(r).toMatchObject({
      skills: [],
      certifications: [],
      matches: [],
      totalMatches: 0,
      unfilteredMatches: 0,
      salaryInsights: [],
    });
  });

  it("is for candidates only", async () => {
    await expectStatus(
      runAsViewer(null, () => getMyPostings({})),
      401,
    );
    await expectStatus(
      runAsViewer(viewerOf(await makeStaff("SUPPORT")), () => getMyPostings({})),
      403,
    );
    await expectStatus(
      runAsViewer(viewerOf(await makeStaff("ADMIN")), () => getMyPostings({})),
      403,
    );
  });
});
