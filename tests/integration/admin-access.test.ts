import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer, type Viewer } from "@/lib/session";
import { initialActionState } from "@/lib/forms/form-state";
import * as catalogue from "@/lib/admin/catalogue/catalogue";
import * as exams from "@/lib/admin/catalogue/exams";
import * as certifications from "@/lib/admin/catalogue/certifications";
import * as templates from "@/lib/admin/templates/templates";
import * as imports from "@/lib/admin/imports/imports";
import * as issuance from "@/lib/admin/issuance/issuance";
import * as outbox from "@/lib/admin/outbox/outbox";
import { createExamAction } from "@/lib/admin/catalogue/actions/create-exam";
import { updateExamAction } from "@/lib/admin/catalogue/actions/update-exam";
import { retireExamAction } from "@/lib/admin/catalogue/actions/retire-exam";
import { restoreExamAction } from "@/lib/admin/catalogue/actions/restore-exam";
import { createCertificationAction } from "@/lib/admin/catalogue/actions/create-certification";
import { updateCertificationAction } from "@/lib/admin/catalogue/actions/update-certification";
import { retireCertificationAction } from "@/lib/admin/catalogue/actions/retire-certification";
import { restoreCertificationAction } from "@/lib/admin/catalogue/actions/restore-certification";
import { createTemplateAction } from "@/lib/admin/templates/actions/create-template";
import { updateTemplateAction } from "@/lib/admin/templates/actions/update-template";
import { uploadTemplateImageAction } from "@/lib/admin/templates/actions/upload-template-image";
import { bulkIssueAction } from "@/lib/admin/issuance/actions/bulk-issue";
import { bulkRevokeAction } from "@/lib/admin/issuance/actions/bulk-revoke";
import { retryEmailAction } from "@/lib/admin/outbox/actions/retry-email";
import { retryJobAction } from "@/lib/admin/outbox/actions/retry-job";
import { GET as templateImage } from "@/app/(admin)/admin/templates/[id]/image/route";
import { GET as emailPreview } from "@/app/(admin)/admin/outbox/previews/[key]/route";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";

const exam = { code: "ACC-1", title: "Access exam", description: "", skills: [] };
const cert = {
  code: "ACC-C",
  title: "Access cert",
  description: "",
  level: "ASSOCIATE" as const,
  validityMonths: null,
  requirement: "ONE" as const,
  requiredCount: null,
  examCodes: ["ACC-1"],
  skills: [],
};
const template = {
  name: "Access badge",
  description: "Some description",
  criteria: "Some criteria",
  skills: [],
  inBadgeProgram: true,
  link: { kind: "EXAM" as const, code: "ACC-1" },
};

/** Every admin data function, called with plausible arguments: none may do anything for anyone but an admin. */
const dal: Record<string, () => Promise<unknown>> = {
  listCatalogue: () => catalogue.listCatalogue(),
  getExam: () => exams.getExam("x"),
  getCertification: () => certifications.getCertification("x"),
  createExam: () => exams.createExam(exam),
  updateExam: () => exams.updateExam("x", exam),
  retireExam: () => exams.retireExam("x", new Date()),
  restoreExam: () => exams.restoreExam("x"),
  createCertification: () => certifications.createCertification(cert),
  updateCertification: () => certifications.updateCertification("x", cert),
  retireCertification: () => certifications.retireCertification("x", new Date()),
  restoreCertification: () => certifications.restoreCertification("x"),
  catalogueChoices: () => catalogue.catalogueChoices(),
  listTemplates: () => templates.listTemplates(),
  getTemplate: () => templates.getTemplate("x"),
  createTemplate: () => templates.createTemplate(template),
  updateTemplate: () => templates.updateTemplate("x", template),
  uploadTemplateImage: () =>
    templates.uploadTemplateImage("x", { bytes: Buffer.from("x"), mimeType: "image/png", filename: "x.png" }),
  templateImageForPreview: () => templates.templateImageForPreview("x", "png"),
  templateChoices: () => templates.templateChoices(),
  uploadExamResults: () =>
    imports.uploadExamResults({
      filename: "x.csv",
      contentType: "text/csv",
      bytes: new TextEncoder().encode("email\n"),
    }),
  listImports: () => imports.listImports(),
  getImport: () => imports.getImport("x"),
  bulkIssueBadges: () => issuance.bulkIssueBadges({ templateId: "x", emails: "a@example.com", notify: "on" }),
  bulkRevokeBadges: () =>
    issuance.bulkRevokeBadges({
      badgeIds: "00000000-0000-4000-8000-000000000000",
      reason: "A reason here",
      notify: "",
    }),
  listEmails: () => outbox.listEmails(),
  listJobs: () => outbox.listJobs(),
  retryEmail: () => outbox.retryEmail("x"),
  retryJob: () => outbox.retryJob("x"),
  renderEmailPreview: () => outbox.renderEmailPreview("sign-in"),
};

function form(values: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

const anyForm = form({
  id: "x",
  code: "ACC-2",
  title: "Title here",
  level: "ASSOCIATE",
  requirement: "ONE",
  examCodes: "ACC-1",
  retiredOn: "2025-01-01",
  name: "Name",
  description: "Description here",
  criteria: "Criteria here",
  linkedTo: "EXAM:ACC-1",
  templateId: "x",
  emails: "a@example.com",
  reason: "Some reason",
});
const actions: Record<string, () => Promise<unknown>> = {
  createExamAction: () => createExamAction(initialActionState, anyForm),
  updateExamAction: () => updateExamAction(initialActionState, anyForm),
  retireExamAction: () => retireExamAction(initialActionState, anyForm),
  restoreExamAction: () => restoreExamAction(initialActionState, anyForm),
  createCertificationAction: () => createCertificationAction(initialActionState, anyForm),
  updateCertificationAction: () => updateCertificationAction(initialActionState, anyForm),
  retireCertificationAction: () => retireCertificationAction(initialActionState, anyForm),
  restoreCertificationAction: () => restoreCertificationAction(initialActionState, anyForm),
  createTemplateAction: () => createTemplateAction(initialActionState, anyForm),
  updateTemplateAction: () => updateTemplateAction(initialActionState, anyForm),
  uploadTemplateImageAction: () => uploadTemplateImageAction(initialActionState, anyForm),
  bulkIssueAction: () => bulkIssueAction({ ok: false }, anyForm),
  bulkRevokeAction: () => bulkRevokeAction({ ok: false }, anyForm),
  retryEmailAction: () => retryEmailAction(initialActionState, anyForm),
  retryJobAction: () => retryJobAction(initialActionState, anyForm),
};

const routes: Record<string, () => Promise<unknown>> = {
  "GET /admin/templates/[id]/image": () =>
    templateImage(new Request("http://localhost/admin/templates/x/image"), { params: Promise.resolve({ id: "x" }) }),
  "GET /admin/outbox/previews/[key]": () =>
    emailPreview(new Request("http://localhost/admin/outbox/previews/sign-in"), {
      params: Promise.resolve({ key: "sign-in" }),
    }),
};

const everything = { ...dal, ...actions, ...routes };

describe("only admins reach the administration", () => {
  const cases: [string, () => Promise<Viewer | null>, 401 | 403][] = [
    ["a candidate", async () => viewerOf(await makeCandidate()), 403],
    ["support staff", async () => viewerOf(await makeStaff("SUPPORT")), 403],
    ["an anonymous visitor", async () => null, 401],
  ];
  it.each(cases)(
    "refuses %s on every data function, action and route, and changes nothing",
    async (_who, make, status) => {
      const viewer: Viewer | null = await make();
      const before = await Promise.all([
        db.exam.count(),
        db.certification.count(),
        db.badgeTemplate.count(),
        db.importBatch.count(),
        db.auditLog.count(),
      ]);
      for (const [name, call] of Object.entries(everything)) {
        await expectStatus(runAsViewer(viewer, call), status).catch((error: unknown) => {
          throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      expect(
        await Promise.all([
          db.exam.count(),
          db.certification.count(),
          db.badgeTemplate.count(),
          db.importBatch.count(),
          db.auditLog.count(),
        ]),
      ).toEqual(before);
    },
  );

  it("lets an admin through (a missing record is a 404, not a 403)", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    await expect(runAsViewer(admin, catalogue.listCatalogue)).resolves.toHaveProperty("exams");
    await expectStatus(
      runAsViewer(admin, () => exams.getExam("no-such-id")),
      404,
    );
    await expectStatus(
      runAsViewer(admin, () => imports.getImport("no-such-id")),
      404,
    );
  });
});
