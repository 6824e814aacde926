import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { bulkIssueBadges, bulkRevokeBadges } from "@/lib/admin/issuance/issuance";
import {
  listEmails,
  listJobs,
  renderEmailPreview,
  retryEmail,
  retryJob,
  EMAIL_PREVIEWS,
} from "@/lib/admin/outbox/outbox";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { drainJobs } from "../support/jobs";
import { deliverMailTo, mailTo, refuseMail } from "../support/mail";
import { importCatalogue } from "./admin-fixtures";
import { BADGE_EMAIL_JOB } from "@/lib/badges/lifecycle/mail";

describe("bulk issue and revoke", () => {
  it("issues a template's badge to a list once, reporting unknown addresses", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { certs } = await importCatalogue();
    const template = await db.badgeTemplate.findUniqueOrThrow({ where: { certificationId: certs.certOne.id } });
    const [a, b] = [await makeCandidate(), await makeCandidate()];
    const report = await runAsViewer(admin, () =>
      bulkIssueBadges({
        templateId: template.id,
        emails: `${a.email}\n${b.email.toUpperCase()}, nobody@example.com\nnot-an-address`,
        notify: "on",
      }),
    );
    expect(report).toEqual({
      issued: 2,
      alreadyHeld: 0,
      emailsQueued: 2,
      unknownEmails: ["nobody@example.com"],
      invalidEmails: ["not-an-address"],
    });
    expect(await db.badge.findFirstOrThrow({ where: { userId: a.id } })).toMatchObject({
      earningKey: `manual:${template.id}`,
      templateId: template.id,
    });
    expect((await deliverMailTo(b.email)).subject).toMatch(/You earned a badge/);

    const again = await runAsViewer(admin, () =>
      bulkIssueBadges({ templateId: template.id, emails: `${a.email},${b.email}`, notify: "on" }),
    );
    expect(again).toMatchObject({ issued: 0, alreadyHeld: 2, emailsQueued: 0 });
    expect(await db.auditLog.count({ where: { actorId: admin.userId, action: "badge.issue" } })).toBe(2);
  });

  it("revokes with a reason, notifying the earners only when asked", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { certs } = await importCatalogue();
    const template = await db.badgeTemplate.findUniqueOrThrow({ where: { certificationId: certs.certAll.id } });
    const [quiet, told] = [await makeCandidate(), await makeCandidate()];
    await runAsViewer(admin, () =>
      bulkIssueBadges({ templateId: template.id, emails: `${quiet.email}\n${told.email}`, notify: "" }),
    );
    await drainJobs();
    expect(mailTo(quiet.email)).toHaveLength(0);

    const silent = await runAsViewer(admin, () =>
      bulkRevokeBadges({
        templateId: template.id,
        emails: `${quiet.email}\nstranger@example.com`,
        reason: "Issued by mistake",
        notify: "",
      }),
    );
    expect(silent).toMatchObject({ revoked: 1, emailsQueued: 0, notFound: ["stranger@example.com"] });
    await drainJobs();
    expect(mailTo(quiet.email)).toHaveLength(0);
    expect(await db.badge.findFirstOrThrow({ where: { userId: quiet.id } })).toMatchObject({
      state: "REVOKED",
      revocationReason: "Issued by mistake",
    });

    const toldBadge = await db.badge.findFirstOrThrow({ where: { userId: told.id } });
    const loud = await runAsViewer(admin, () =>
      bulkRevokeBadges({ badgeIds: `${toldBadge.id}`, reason: "Exam result withdrawn after review", notify: "on" }),
    );
    expect(loud).toMatchObject({ revoked: 1, emailsQueued: 1, notFound: [] });
    const mail = await deliverMailTo(told.email);
    expect(mail.subject).toMatch(/revoked/i);
    expect(mail.text).toContain("Exam result withdrawn after review");

    const twice = await runAsViewer(admin, () =>
      bulkRevokeBadges({ badgeIds: toldBadge.id, reason: "Again and again", notify: "on" }),
    );
    expect(twice).toMatchObject({ revoked: 0, alreadyRevoked: 1, emailsQueued: 0 });
    expect(
      await db.auditLog.count({ where: { action: "badge.revoke", candidateId: { in: [quiet.id, told.id] } } }),
    ).toBe(2);
    await expect(
      runAsViewer(admin, () => bulkRevokeBadges({ badgeIds: toldBadge.id, reason: "", notify: "" })),
    ).rejects.toThrow();
  });
});

describe("the outbox", () => {
  it("lists mail without bodies, and retries a failed message and its job", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { certs } = await importCatalogue();
    const template = await db.badgeTemplate.findUniqueOrThrow({ where: { certificationId: certs.certAny.id } });
    const who = await makeCandidate();
    refuseMail({ code: 550, message: "No such mailbox here" });
    await runAsViewer(admin, () => bulkIssueBadges({ templateId: template.id, emails: who.email, notify: "on" }));
    await drainJobs();
    refuseMail(null);
    const failed = await runAsViewer(admin, () => listEmails({ status: "FAILED", to: who.email }));
    expect(failed.rows).toHaveLength(1);
    expect(failed.rows[0]).not.toHaveProperty("html");
    expect(failed.rows[0]).not.toHaveProperty("text");
    expect(failed.rows[0].lastError).toMatch(/No such mailbox/);
    const jobs = await runAsViewer(admin, () => listJobs({ status: "FAILED" }));
    expect(jobs.rows.some((j) => j.type === BADGE_EMAIL_JOB && /No such mailbox/.test(j.lastError ?? ""))).toBe(true);

    await runAsViewer(admin, () => retryEmail(failed.rows[0].id));
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: failed.rows[0].id } })).toMatchObject({
      status: "QUEUED",
    });
    expect((await deliverMailTo(who.email)).subject).toMatch(/You earned a badge/);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: failed.rows[0].id } })).toMatchObject({
      status: "SENT",
    });
    await expect(runAsViewer(admin, () => retryEmail(failed.rows[0].id))).rejects.toThrow(/Only failed/);

    const job = await db.job.create({ data: { type: "no.such.handler", payload: {} } });
    await drainJobs();
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "FAILED" });
    await runAsViewer(admin, () => retryJob(job.id));
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "QUEUED", attempts: 0 });
    expect(
      await db.auditLog.count({
        where: { actorId: admin.userId, action: { in: ["outbox.retry_email", "outbox.retry_job"] } },
      }),
    ).toBe(2);
  });

  it("renders every email template with sample data", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    for (const key of EMAIL_PREVIEWS) {
      const mail = await runAsViewer(admin, () => renderEmailPreview(key));
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.html).toMatch(/^<!doctype html/i);
      expect(mail.text.length).toBeGreaterThan(20);
    }
  });
});
