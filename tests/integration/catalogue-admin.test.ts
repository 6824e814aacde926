import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { DomainError } from "@/lib/errors";
import {
  createCertification,
  getCertification,
  restoreCertification,
  retireCertification,
  updateCertification,
} from "@/lib/admin/catalogue/certifications";
import { createExam, restoreExam, retireExam, updateExam } from "@/lib/admin/catalogue/exams";
import { listCatalogue } from "@/lib/admin/catalogue/catalogue";
import { createTemplate, getTemplate, updateTemplate, uploadTemplateImage } from "@/lib/admin/templates/templates";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { csvOf, importCatalogue, importCsv, row } from "./admin-fixtures";

const suffix = () => Math.random().toString(36).slice(2, 6).toUpperCase();

describe("the catalogue", () => {
  it("creates exams and certifications with normalised codes, rules and skills, and refuses a code in use", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const s = suffix();
    await db.skill.create({ data: { name: `Storage ${s}`, slug: `storage-${s.toLowerCase()}` } });
    const exam = await runAsViewer(admin, () =>
      createExam({
        code: ` zz-${s}a `,
        title: "Storage things",
        description: "",
        skills: [`storage ${s}`, `Brand new ${s}`],
      }),
    );
    expect(exam.code).toBe(`ZZ-${s}A`);
    const stored = await db.exam.findUniqueOrThrow({ where: { id: exam.id }, include: { skills: true } });
    expect(stored.skills.map((k) => k.name).sort()).toEqual([`Brand new ${s}`, `Storage ${s}`]);
    expect(await db.skill.count({ where: { name: { contains: s } } })).toBe(2);

    const again = await runAsViewer(admin, () =>
      createExam({ code: `ZZ-${s}A`, title: "Another", description: "", skills: [] }),
    ).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(DomainError);
    expect((again as DomainError).fieldErrors.code?.[0]).toMatch(/already in use/);

    const b = await runAsViewer(admin, () =>
      createExam({ code: `zz-${s}b`, title: "Second exam", description: "", skills: [] }),
    );
    const cert = await runAsViewer(admin, () =>
      createCertification({
        code: `cert-${s}`,
        title: "Any one",
        description: "",
        level: "EXPERT",
        validityMonths: null,
        requirement: "ANY_N",
        requiredCount: 1,
        examCodes: [`ZZ-${s}A`, `zz-${s}b`],
        skills: [],
      }),
    );
    expect(await runAsViewer(admin, () => getCertification(cert.id))).toMatchObject({
      code: `CERT-${s}`,
      requirement: "ANY_N",
      requiredCount: 1,
      validityMonths: null,
      examCodes: [`ZZ-${s}A`, `ZZ-${s}B`],
    });

    const unknown = await runAsViewer(admin, () =>
      createCertification({
        code: `other-${s}`,
        title: "Unknown exams",
        description: "",
        level: "EXPERT",
        validityMonths: 12,
        requirement: "ALL",
        requiredCount: null,
        examCodes: ["NOPE-1"],
        skills: [],
      }),
    ).catch((e: unknown) => e);
    expect((unknown as DomainError).fieldErrors.examCodes?.[0]).toMatch(/NOPE-1/);
    await expect(
      runAsViewer(admin, () => updateExam(b.id, { code: `ZZ-${s}A`, title: "Clash", description: "", skills: [] })),
    ).rejects.toThrow(/already used/);
    await runAsViewer(admin, () =>
      updateCertification(cert.id, {
        code: `CERT-${s}`,
        title: "Both",
        description: "",
        level: "EXPERT",
        validityMonths: 36,
        requirement: "ALL",
        requiredCount: null,
        examCodes: [`ZZ-${s}B`],
        skills: [],
      }),
    );
    expect(await db.certificationExam.findMany({ where: { certificationId: cert.id } })).toEqual([
      { certificationId: cert.id, examId: b.id },
    ]);
    expect(
      await db.auditLog.count({
        where: {
          actorId: admin.userId,
          action: { in: ["exam.create", "certification.create", "certification.update"] },
        },
      }),
    ).toBe(4);
  });

  it("retires and restores exams and certifications without losing any history", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams, certs } = await importCatalogue();
    const who = await makeCandidate();
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await importCsv(admin, csvOf([row(who.email, exams.one.code, { date: daysAgo(60) })]));
    const earned = await db.earnedCertification.findFirstOrThrow({
      where: { userId: who.id, certificationId: certs.certOne.id },
    });
    expect(earned.status).toBe("ACTIVE");

    const retiredOn = new Date(`${daysAgo(10)}T00:00:00Z`);
    await runAsViewer(admin, () => retireCertification(certs.certOne.id, retiredOn));
    await runAsViewer(admin, () => retireExam(exams.one.id, retiredOn));
    const catalogue = await runAsViewer(admin, listCatalogue);
    expect(catalogue.certifications.find((c) => c.id === certs.certOne.id)).toMatchObject({
      status: "RETIRED",
      retiredOn,
      earned: 1,
    });
    expect(catalogue.exams.find((e) => e.id === exams.one.id)).toMatchObject({ status: "RETIRED", results: 1 });
    expect(await db.earnedCertification.findUniqueOrThrow({ where: { id: earned.id } })).toMatchObject({
      status: "RETIRED",
    });
    expect(await db.examResult.count({ where: { userId: who.id } })).toBe(1);
    expect(await db.badge.count({ where: { userId: who.id } })).toBe(1);

    // A result dated after the retirement is refused; one from before it is still accepted.
    const late = await importCsv(
      admin,
      csvOf([
        row(who.email, exams.one.code, { date: daysAgo(5) }),
        row(who.email, exams.one.code, { date: daysAgo(20) }),
      ]),
    );
    expect(late.report!.rejected).toEqual([{ row: 2, reason: expect.stringContaining(`retired on ${daysAgo(10)}`) }]);
    expect(late.report!.created).toBe(1);

    await runAsViewer(admin, () => restoreCertification(certs.certOne.id));
    await runAsViewer(admin, () => restoreExam(exams.one.id));
    expect(await db.certification.findUniqueOrThrow({ where: { id: certs.certOne.id } })).toMatchObject({
      status: "ACTIVE",
      retiredOn: null,
    });
    expect(await db.exam.findUniqueOrThrow({ where: { id: exams.one.id } })).toMatchObject({
      status: "ACTIVE",
      retiredOn: null,
    });
    expect(await db.earnedCertification.findUniqueOrThrow({ where: { id: earned.id } })).toMatchObject({
      status: "ACTIVE",
    });
    expect(
      await db.auditLog.findMany({
        where: { targetId: { in: [certs.certOne.id, exams.one.id] } },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([
      { action: "certification.retire" },
      { action: "exam.retire" },
      { action: "certification.restore" },
      { action: "exam.restore" },
    ]);
  });

  it("keeps badge templates: one per item, validated artwork, skills", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams, certs } = await importCatalogue();
    const t = await runAsViewer(admin, () =>
      createTemplate({
        name: "Exam badge",
        description: "Earners passed the exam.",
        criteria: "Pass the exam.",
        skills: ["Things"],
        inBadgeProgram: false,
        link: { kind: "EXAM", code: exams.anyA.code },
      }),
    );
    expect(await runAsViewer(admin, () => getTemplate(t.id))).toMatchObject({
      linkedTo: `EXAM:${exams.anyA.code}`,
      inBadgeProgram: false,
      skills: ["Things"],
      hasImage: false,
    });
    const taken = await runAsViewer(admin, () =>
      createTemplate({
        name: "Second",
        description: "Earners passed the exam.",
        criteria: "Pass the exam.",
        skills: [],
        inBadgeProgram: true,
        link: { kind: "CERT", code: certs.certOne.code },
      }),
    ).catch((e: unknown) => e);
    expect((taken as DomainError).fieldErrors.linkedTo?.[0]).toMatch(/already has a badge template/);
    await runAsViewer(admin, () =>
      updateTemplate(t.id, {
        name: "Exam badge v2",
        description: "Earners passed the exam.",
        criteria: "Pass the exam.",
        skills: [],
        inBadgeProgram: true,
        link: { kind: "EXAM", code: exams.anyA.code },
      }),
    );

    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><circle cx="200" cy="200" r="180" fill="#1d4ed8"/></svg>',
    );
    await runAsViewer(admin, () =>
      uploadTemplateImage(t.id, { bytes: svg, mimeType: "image/svg+xml", filename: "b.svg" }),
    );
    expect(
      (await db.badgeImage.findMany({ where: { templateId: t.id }, select: { mimeType: true, size: true } }))
        .map((i) => `${i.mimeType}:${i.size}`)
        .sort(),
    ).toEqual(["image/png:300", "image/png:600", "image/svg+xml:0"]);
    const notImage = await runAsViewer(admin, () =>
      uploadTemplateImage(t.id, { bytes: Buffer.from("hello"), mimeType: "image/png", filename: "x.png" }),
    ).catch((e: unknown) => e);
    expect((notImage as DomainError).fieldErrors.image?.[0]).toMatch(/PNG or SVG/);
    const script = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(
      runAsViewer(admin, () =>
        uploadTemplateImage(t.id, { bytes: script, mimeType: "image/svg+xml", filename: "x.svg" }),
      ),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await db.auditLog.count({ where: { targetId: t.id, action: { startsWith: "badge_template." } } })).toBe(3);
  });
});
