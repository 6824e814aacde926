import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { closePosting, importPostings, listPostings } from "@/lib/admin/postings/postings";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";

const header =
  "external_id,title,employer,location,remote,salary_min,salary_max,currency,skills,certification,url,posted_on,closes_on";
const today = new Date().toISOString().slice(0, 10);
const csv = (...rows: string[]) => `${[header, ...rows].join("\n")}\n`;

let admin: Awaited<ReturnType<typeof makeStaff>>;
const asAdmin = <T>(fn: () => Promise<T>) => runAsViewer(viewerOf(admin), fn);

beforeAll(async () => {
  admin = await makeStaff("ADMIN");
  await db.skill.createMany({
    data: [
      { name: "Storage", slug: "storage" },
      { name: "Virtual networking", slug: "virtual-networking" },
      { name: "CI/CD", slug: "ci-cd" },
    ],
  });
  await db.certification.create({
    data: { code: "CLOUD-ADMIN", title: "Cloud Admin", level: "ASSOCIATE", validityMonths: 12 },
  });
});

const file = csv(
  `IMP-1,Cloud Administrator,Contoso,"Bristol, UK",no,45000,60000,GBP,Storage; virtual networking,cloud-admin,https://jobs.example/1,${today},`,
  `IMP-2,Bad salary,Contoso,Leeds,no,70000,60000,GBP,Storage,,https://jobs.example/2,${today},`,
  `IMP-3,DevOps Engineer,Fabrikam,Remote,yes,,,,ci-cd,,https://jobs.example/3,${today},`,
  `IMP-4,Insecure,Fabrikam,Leeds,no,,,,,,http://jobs.example/4,${today},`,
  `IMP-5,Unknown cert,Litware,York,no,,,,Storage,NOPE,https://jobs.example/5,${today},`,
  `IMP-6,Unknown skill,Litware,York,no,,,,Storage;Quantum knitting,,https://jobs.example/6,${today},`,
);

describe("importing postings", () => {
  it("applies good rows and reports bad ones by row number", async () => {
    const report = await asAdmin(() =>
      importPostings({ filename: "postings.csv", content: file, createMissingSkills: false }),
    );
    expect(report).toMatchObject({ ok: true, format: "csv", totalRows: 6, created: 2, updated: 0, createdSkills: [] });
    if (!report.ok) return;
    expect(report.rejected.map((r) => [r.rowNumber, r.externalId])).toEqual([
      [3, "IMP-2"],
      [5, "IMP-4"],
      [6, "IMP-5"],
      [7, "IMP-6"],
    ]);
    expect(report.rejected[0].reasons).toEqual(["salary_max must not be below salary_min"]);
    expect(report.rejected[1].reasons).toEqual(["url must be a full https:// address"]);
    expect(report.rejected[2].reasons).toEqual(["certification NOPE is not in the catalogue"]);
    expect(report.rejected[3].reasons[0]).toContain("skill not in the catalogue: Quantum knitting");

    const stored = await db.jobPosting.findMany({
      orderBy: { externalId: "asc" },
      include: {
        skills: { select: { name: true }, orderBy: { name: "asc" } },
        certification: { select: { code: true } },
      },
    });
    expect(stored.map((p) => p.externalId)).toEqual(["IMP-1", "IMP-3"]);
    expect(stored[0]).toMatchObject({
      title: "Cloud Administrator",
      location: "Bristol, UK",
      remote: false,
      salaryMin: 45_000,
      salaryMax: 60_000,
      currency: "GBP",
      closesOn: null,
    });
    expect(stored[0].certification?.code).toBe("CLOUD-ADMIN");
    expect(stored[0].skills.map((s) => s.name)).toEqual(["Storage", "Virtual networking"]);
    expect(stored[1]).toMatchObject({ remote: true, salaryMin: null, currency: null, certificationId: null });
    expect(stored[1].skills.map((s) => s.name)).toEqual(["CI/CD"]);
    expect(await db.auditLog.count({ where: { action: "postings.import", actorId: admin.id } })).toBe(1);
  });

  it("updates by external_id on re-import instead of duplicating", async () => {
    const changed = file
      .replace("Cloud Administrator,Contoso", "Senior Cloud Administrator,Contoso")
      .replace("Storage; virtual networking", "Storage");
    const report = await asAdmin(() =>
      importPostings({ filename: "postings.csv", content: changed, createMissingSkills: false }),
    );
    expect(report).toMatchObject({ ok: true, created: 0, updated: 2 });
    expect(await db.jobPosting.count()).toBe(2);
    const p = await db.jobPosting.findUniqueOrThrow({ where: { externalId: "IMP-1" }, include: { skills: true } });
    expect(p.title).toBe("Senior Cloud Administrator");
    expect(p.skills.map((s) => s.name)).toEqual(["Storage"]);
    // the same file again changes nothing more
    await asAdmin(() => importPostings({ filename: "postings.csv", content: changed, createMissingSkills: false }));
    expect(await db.jobPosting.count()).toBe(2);
  });

  it("adds missing skills only when asked", async () => {
    const report = await asAdmin(() =>
      importPostings({
        filename: "more.csv",
        content: csv(
          `IMP-6,Knitter,Litware,York,no,,,,Storage;Quantum knitting;quantum  knitting,,https://jobs.example/6,${today},`,
        ),
        createMissingSkills: true,
      }),
    );
    expect(report).toMatchObject({ ok: true, created: 1, rejected: [], createdSkills: ["Quantum knitting"] });
    const p = await db.jobPosting.findUniqueOrThrow({
      where: { externalId: "IMP-6" },
      include: { skills: { orderBy: { name: "asc" } } },
    });
    expect(p.skills.map((s) => s.name)).toEqual(["Quantum knitting", "Storage"]);
  });

  it("imports JSON the same way", async () => {
    const json = JSON.stringify([
      {
        external_id: "J-1",
        title: "Data Analyst",
        employer: "Relecloud",
        location: "Remote",
        remote: true,
        salary_min: 40000,
        salary_max: 52000,
        currency: "EUR",
        skills: ["Storage"],
        url: "https://jobs.example/j1",
        posted_on: today,
      },
      {
        external_id: "J-2",
        title: "",
        employer: "Relecloud",
        location: "Remote",
        url: "https://jobs.example/j2",
        posted_on: today,
      },
    ]);
    const report = await asAdmin(() =>
      importPostings({ filename: "feed.json", content: new TextEncoder().encode(json), createMissingSkills: false }),
    );
    expect(report).toMatchObject({
      ok: true,
      format: "json",
      created: 1,
      rejected: [{ rowNumber: 2, externalId: "J-2", reasons: ["title is required"] }],
    });
    expect(await db.jobPosting.findUnique({ where: { externalId: "J-1" } })).toMatchObject({
      remote: true,
      currency: "EUR",
    });
  });

  it("refuses a malformed file as a whole and writes nothing", async () => {
    const before = await db.jobPosting.count();
    const broken = csv(`IMP-9,Fine,Contoso,Leeds,no,,,,,,https://jobs.example/9,${today},`, `IMP-10,"unclosed,Contoso`);
    const report = await asAdmin(() =>
      importPostings({ filename: "broken.csv", content: broken, createMissingSkills: false }),
    );
    expect(report).toMatchObject({ ok: false, error: expect.stringContaining("The CSV could not be read") });
    const wrongColumns = await asAdmin(() =>
      importPostings({ filename: "x.csv", content: "name,wage\nA,1\n", createMissingSkills: false }),
    );
    expect(wrongColumns).toMatchObject({ ok: false, error: expect.stringContaining("Unknown columns: name, wage") });
    expect(await db.jobPosting.count()).toBe(before);
  });
});

describe("listing and closing postings", () => {
  it("lists current postings, closes one, and lists it as closed", async () => {
    let list = await asAdmin(() => listPostings({}));
    expect(list.filter.status).toBe("current");
    const target = list.items.find((p) => p.externalId === "IMP-3")!;
    expect(target.current).toBe(true);

    expect(await asAdmin(() => closePosting(target.id))).toMatchObject({ alreadyClosed: false });
    expect(await asAdmin(() => closePosting(target.id))).toMatchObject({ alreadyClosed: true });
    expect(await db.auditLog.count({ where: { action: "posting.close", targetId: target.id } })).toBe(1);

    list = await asAdmin(() => listPostings({}));
    expect(list.items.map((p) => p.externalId)).not.toContain("IMP-3");
    expect((await asAdmin(() => listPostings({ closed: target.id }))).justClosed).toBe("DevOps Engineer");
    const closed = await asAdmin(() => listPostings({ status: "closed" }));
    expect(closed.items.map((p) => p.externalId)).toEqual(["IMP-3"]);
    const search = await asAdmin(() => listPostings({ status: "all", q: "relecloud" }));
    expect(search.items.map((p) => p.externalId)).toEqual(["J-1"]);
    // nonsense in the URL falls back to the defaults
    expect((await asAdmin(() => listPostings({ status: "bogus", page: "-3" }))).filter).toMatchObject({
      status: "current",
      page: 1,
    });
    await expect(asAdmin(() => closePosting("no-such-posting"))).rejects.toThrow("That posting was not found.");
  });
});

describe("only admins manage postings", () => {
  it.each(["CANDIDATE", "SUPPORT", null] as const)("%s is refused", async (role) => {
    const viewer =
      role === null ? null : viewerOf(role === "CANDIDATE" ? await makeCandidate() : await makeStaff(role));
    const status = role === null ? 401 : 403;
    const before = await db.jobPosting.count();
    await expectStatus(
      runAsViewer(viewer, () => importPostings({ filename: "p.csv", content: file, createMissingSkills: true })),
      status,
    );
    await expectStatus(
      runAsViewer(viewer, () => listPostings({})),
      status,
    );
    const any = await db.jobPosting.findFirstOrThrow({ where: { closesOn: null } });
    await expectStatus(
      runAsViewer(viewer, () => closePosting(any.id)),
      status,
    );
    expect(await db.jobPosting.count()).toBe(before);
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: any.id } })).closesOn).toBeNull();
  });
});
