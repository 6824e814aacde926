import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { bulkIssueBadges } from "@/lib/admin/issuance/issuance";
import { queueEmails } from "@/lib/email/outbox";
import { enqueueMany } from "@/lib/jobs/manage";
import { enqueue } from "@/lib/jobs/queue";
import { makeCandidate, makeStaff, uniqueEmail, viewerOf } from "../support/factories";
import { drainJobs } from "../support/jobs";
import { deliverMailTo, linksIn, mailTo, refuseMail } from "../support/mail";
import { importCatalogue } from "./admin-fixtures";

afterEach(() => refuseMail(null));

describe("jobs queued in bulk", () => {
  it("are queued once per dedupe key, beside work queued one at a time", async () => {
    const key = `bulk:${uniqueEmail()}`;
    const single = await db.$transaction((tx) => enqueue(tx, "noop", { n: 0 }, { dedupeKey: `${key}:0` }));
    await db.$transaction((tx) =>
      enqueueMany(
        tx,
        [0, 1, 2, 2].map((n) => ({ type: "noop", payload: { n, quote: `it's "${n}"` }, dedupeKey: `${key}:${n}` })),
      ),
    );
    const jobs = await db.job.findMany({
      where: { dedupeKey: { startsWith: `${key}:` } },
      orderBy: { dedupeKey: "asc" },
    });
    expect(jobs.map((j) => j.dedupeKey)).toEqual([`${key}:0`, `${key}:1`, `${key}:2`]);
    expect(jobs[0].id).toBe(single);
    expect(jobs[1]).toMatchObject({
      type: "noop",
      status: "QUEUED",
      maxAttempts: 8,
      payload: { n: 1, quote: `it's "1"` },
    });
  });

  it("are not queued when the transaction rolls back", async () => {
    const key = `rolled-back:${uniqueEmail()}`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMany(tx, [{ type: "noop", payload: {}, dedupeKey: key }]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count({ where: { dedupeKey: key } })).toBe(0);
  });
});

describe("a badge message", () => {
  async function issue(notify = "on") {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { certs } = await importCatalogue();
    const template = await db.badgeTemplate.findUniqueOrThrow({ where: { certificationId: certs.certOne.id } });
    const who = await makeCandidate();
    await runAsViewer(admin, () => bulkIssueBadges({ templateId: template.id, emails: who.email, notify }));
    const badge = await db.badge.findFirstOrThrow({ where: { userId: who.id } });
    return { who, badge };
  }
  const events = async (badgeId: string) =>
    (await db.badgeEvent.findMany({ where: { badgeId }, orderBy: { at: "asc" } })).map((e) => e.type);

  it("is rendered as it leaves, with its claim link, and its delivery is recorded on the badge", async () => {
    const { who, badge } = await issue();
    const stored = await db.emailMessage.findFirstOrThrow({ where: { badgeId: badge.id } });
    expect(stored).toMatchObject({ html: null, text: null, status: "QUEUED" });
    const mail = await deliverMailTo(who.email);
    expect(mail.html).toMatch(/^<!doctype html/i);
    expect(mail.text).toContain("Claim your badge");
    expect(linksIn(mail).some((l) => l.includes("/claim/"))).toBe(true);
    expect(await events(badge.id)).toEqual(["ISSUED", "EMAIL_QUEUED", "EMAIL_SENT"]);
    // The claim link was in the message only: the stored copy of a sensitive message keeps no body.
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({
      status: "SENT",
      html: null,
      text: null,
    });
  });

  it("that is refused for good fails visibly, on the message and on the badge", async () => {
    refuseMail({ code: 550, message: "No such mailbox here" });
    const { who, badge } = await issue();
    await drainJobs();
    expect(mailTo(who.email)).toHaveLength(0);
    expect(await db.emailMessage.findFirstOrThrow({ where: { badgeId: badge.id } })).toMatchObject({
      status: "FAILED",
      lastError: expect.stringMatching(/No such mailbox/),
    });
    expect(await events(badge.id)).toEqual(["ISSUED", "EMAIL_QUEUED", "EMAIL_FAILED"]);
  });
});

describe("a message queued without a body", () => {
  it("is never sent empty by a job type that does not render it, and is left failed", async () => {
    const to = uniqueEmail();
    const [id] = await db.$transaction((tx) => queueEmails(tx, [{ template: "badge-issued", to, subject: "No body" }]));
    await drainJobs();
    expect(mailTo(to)).toHaveLength(0);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      lastError: expect.stringMatching(/no body/),
    });
    expect(await db.job.findUniqueOrThrow({ where: { dedupeKey: `email:${id}` } })).toMatchObject({ status: "FAILED" });
  });
});
