import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { drainJobs } from "../support/jobs";
import { mailTo, refuseMail } from "../support/mail";
import { uniqueEmail } from "../support/factories";

const message = (to: string, extra = {}) => ({
  template: "test",
  to,
  subject: "Hello",
  html: "<p>Hello</p>",
  text: "Hello",
  ...extra,
});

afterEach(() => refuseMail(null));

describe("mail through the outbox", () => {
  it("is delivered by the worker, not when queued", async () => {
    const to = uniqueEmail();
    const id = await db.$transaction((tx) => queueEmail(tx, message(to)));
    expect(mailTo(to)).toHaveLength(0);
    await drainJobs();
    expect(mailTo(to)).toHaveLength(1);
    expect(mailTo(to)[0]).toMatchObject({ subject: "Hello", text: "Hello" });
    const stored = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "SENT", attempts: 1, html: "<p>Hello</p>" });
    expect(mailTo(to)[0].messageId).toBe(stored.messageId);
  });

  it("is queued once per dedupe key", async () => {
    const to = uniqueEmail();
    await db.$transaction((tx) => queueEmail(tx, message(to, { dedupeKey: `welcome:${to}` })));
    await db.$transaction((tx) => queueEmail(tx, message(to, { dedupeKey: `welcome:${to}` })));
    await drainJobs();
    expect(mailTo(to)).toHaveLength(1);
  });

  it("waits out a temporary refusal and is delivered exactly once", async () => {
    const to = uniqueEmail();
    const id = await db.$transaction((tx) => queueEmail(tx, message(to)));
    refuseMail({ code: 451, message: "try again later" });
    await drainJobs();
    expect(mailTo(to)).toHaveLength(0);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "QUEUED", attempts: 1 });
    refuseMail(null);
    await db.job.updateMany({ where: { status: "QUEUED" }, data: { runAt: new Date() } });
    await drainJobs();
    await drainJobs();
    expect(mailTo(to)).toHaveLength(1);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("stops at a permanent refusal and marks the message failed", async () => {
    const to = uniqueEmail();
    const id = await db.$transaction((tx) => queueEmail(tx, message(to)));
    refuseMail({ code: 550, message: "mailbox unavailable" });
    await drainJobs();
    const stored = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe("FAILED");
    expect(stored.lastError).toMatch(/550|mailbox unavailable/);
    const job = await db.job.findFirstOrThrow({ where: { payload: { equals: { emailMessageId: id } } } });
    expect(job).toMatchObject({ status: "FAILED", attempts: 1 });
  });
});

describe("mail queued concurrently with one dedupe key", () => {
  it("leaves one message and sends it once", async () => {
    const to = uniqueEmail();
    const ids = await Promise.all(
      [1, 2, 3, 4].map(() => db.$transaction((tx) => queueEmail(tx, message(to, { dedupeKey: `race:${to}` })))),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await db.emailMessage.count({ where: { to } })).toBe(1);
    await drainJobs();
    expect(mailTo(to)).toHaveLength(1);
  });
});
