import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { createSkill, listSkills, mergeSkills, renameSkill } from "@/lib/admin/catalogue/skills";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";

let admin: Awaited<ReturnType<typeof makeStaff>>;
const asAdmin = <T>(fn: () => Promise<T>) => runAsViewer(viewerOf(admin), fn);
const id = async (slug: string) => (await db.skill.findUniqueOrThrow({ where: { slug } })).id;

beforeAll(async () => {
  admin = await makeStaff("ADMIN");
  await db.skill.createMany({
    data: [
      { name: "Kubernetes", slug: "kubernetes" },
      { name: "K8s", slug: "k8s" },
      { name: "Storage", slug: "storage" },
    ],
  });
  await db.exam.create({
    data: { code: "EX-1", title: "One", skills: { connect: [{ slug: "kubernetes" }, { slug: "k8s" }] } },
  });
  await db.exam.create({ data: { code: "EX-2", title: "Two", skills: { connect: [{ slug: "k8s" }] } } });
  const cert = await db.certification.create({
    data: {
      code: "C-1",
      title: "Cert",
      level: "ASSOCIATE",
      validityMonths: 12,
      skills: { connect: [{ slug: "k8s" }] },
    },
  });
  await db.badgeTemplate.create({
    data: {
      slug: "cert-1",
      name: "Cert badge",
      description: "d",
      criteria: "c",
      certificationId: cert.id,
      skills: { connect: [{ slug: "k8s" }] },
    },
  });
  await db.jobPosting.create({
    data: {
      externalId: "P-1",
      title: "Platform",
      employer: "E",
      location: "L",
      url: "https://x.example",
      postedOn: new Date(Date.now() - 86_400_000),
      skills: { connect: [{ slug: "k8s" }, { slug: "storage" }] },
    },
  });
  await db.jobPosting.create({
    data: {
      externalId: "P-2",
      title: "Old",
      employer: "E",
      location: "L",
      url: "https://x.example",
      postedOn: new Date("2020-01-01"),
      closesOn: new Date("2020-02-01"),
      skills: { connect: [{ slug: "k8s" }] },
    },
  });
});

describe("the skill catalogue", () => {
  it("lists every skill with where it is used", async () => {
    const list = await asAdmin(listSkills);
    expect(list.find((s) => s.slug === "k8s")).toEqual({
      id: await id("k8s"),
      name: "K8s",
      slug: "k8s",
      exams: ["EX-1", "EX-2"],
      certifications: ["C-1"],
      badgeTemplates: 1,
      postings: 2,
      currentPostings: 1,
    });
    expect(list.map((s) => s.name)).toEqual(["K8s", "Kubernetes", "Storage"]);
  });

  it("creates a skill with a slug, and refuses a name that exists in any case", async () => {
    const made = await asAdmin(() => createSkill({ name: "  Infrastructure as Code " }));
    expect(made).toMatchObject({ name: "Infrastructure as Code", slug: "infrastructure-as-code" });
    await expect(asAdmin(() => createSkill({ name: "storage" }))).rejects.toThrow(
      "The catalogue already has “Storage”.",
    );
    await expect(asAdmin(() => createSkill({ name: "x" }))).rejects.toThrow();
  });

  it("renames a skill, keeping its links; the slug follows", async () => {
    const renamed = await asAdmin(async () =>
      renameSkill({ skillId: await id("infrastructure-as-code"), name: "Infrastructure-as-code (IaC)" }),
    );
    expect(renamed).toMatchObject({ name: "Infrastructure-as-code (IaC)", slug: "infrastructure-as-code-iac" });
    await expect(asAdmin(async () => renameSkill({ skillId: await id("k8s"), name: "KUBERNETES" }))).rejects.toThrow(
      "merge the two instead",
    );
    await expect(asAdmin(() => renameSkill({ skillId: "missing", name: "Whatever" }))).rejects.toThrow(
      "That skill was not found.",
    );
    const storage = await id("storage");
    await asAdmin(() => renameSkill({ skillId: storage, name: "Cloud storage" }));
    expect(
      (await db.jobPosting.findUniqueOrThrow({ where: { externalId: "P-1" }, include: { skills: true } })).skills.map(
        (s) => s.name,
      ),
    ).toContain("Cloud storage");
  });

  it("merges a duplicate into the skill kept, moving every link once", async () => {
    const [source, target] = [await id("k8s"), await id("kubernetes")];
    await expect(asAdmin(() => mergeSkills({ sourceId: source, targetId: source }))).rejects.toThrow();
    const result = await asAdmin(() => mergeSkills({ sourceId: source, targetId: target }));
    expect(result).toMatchObject({
      removed: "K8s",
      moved: { exams: 2, certifications: 1, badgeTemplates: 1, postings: 2 },
    });
    expect(await db.skill.findUnique({ where: { id: source } })).toBeNull();
    const kept = await db.skill.findUniqueOrThrow({
      where: { id: target },
      include: { exams: { orderBy: { code: "asc" } }, certifications: true, badgeTemplates: true, jobPostings: true },
    });
    expect(kept.exams.map((e) => e.code)).toEqual(["EX-1", "EX-2"]); // EX-1 had both: still linked once
    expect(kept.certifications).toHaveLength(1);
    expect(kept.badgeTemplates).toHaveLength(1);
    expect(kept.jobPostings).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "skill.merge", targetId: target } })).toBe(1);
    await expect(asAdmin(() => mergeSkills({ sourceId: source, targetId: target }))).rejects.toThrow(
      "That skill was not found.",
    );
  });
});

describe("only admins manage skills", () => {
  it.each(["CANDIDATE", "SUPPORT", null] as const)("%s is refused", async (role) => {
    const viewer =
      role === null ? null : viewerOf(role === "CANDIDATE" ? await makeCandidate() : await makeStaff(role));
    const status = role === null ? 401 : 403;
    const skillId = await id("kubernetes");
    const other = await id("infrastructure-as-code-iac");
    await expectStatus(runAsViewer(viewer, listSkills), status);
    await expectStatus(
      runAsViewer(viewer, () => createSkill({ name: "Sneaky" })),
      status,
    );
    await expectStatus(
      runAsViewer(viewer, () => renameSkill({ skillId, name: "Sneaky" })),
      status,
    );
    await expectStatus(
      runAsViewer(viewer, () => mergeSkills({ sourceId: other, targetId: skillId })),
      status,
    );
    expect(await db.skill.count({ where: { name: "Sneaky" } })).toBe(0);
    expect(await db.skill.findUnique({ where: { id: other } })).not.toBeNull();
  });
});
