import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { startSmtpSink, type ReceivedMail } from "../../lib/email/smtp-sink";

// A database of this file's own, cloned from the migrated template, and a real SMTP server that keeps what it
// receives in memory. Both exist before any application module reads the environment.
const templateUrl = new URL(inject("pgTemplateUrl"));
const name = `test_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: new URL("/postgres", templateUrl).toString() });
await admin.connect();
// Two files cloning at the same instant can collide on the template's lock; a short retry settles it.
for (let attempt = 0; ; attempt++) {
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE certdash_template`);
    break;
  } catch (error) {
    if (attempt >= 10) throw error;
    await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
  }
}
await admin.end();

export const inbox: ReceivedMail[] = [];
const smtp = await startSmtpSink({
  onMail: (mail) => void inbox.push(mail),
  reject: () => (globalThis as { smtpRefusal?: { code: number; message: string } | null }).smtpRefusal ?? null,
});

Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: new URL(`/${name}`, templateUrl).toString(),
  AUTH_SECRET: randomBytes(33).toString("base64"),
  APP_URL: "http://localhost:3000",
  SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
  DEV_MAILBOX: "false",
});

(globalThis as { testInbox?: ReceivedMail[] }).testInbox = inbox;

afterAll(async () => {
  const { db } = await import("../../lib/db");
  const { closeSmtpTransport } = await import("../../lib/email/transport");
  const { stopBadgeSnapshotCache } = await import("../../lib/badges/documents/snapshot-cache");
  const { closeDirectPool } = await import("../../lib/db/pg-query");
  closeSmtpTransport();
  await stopBadgeSnapshotCache();
  await closeDirectPool();
  await db.$disconnect();
  await smtp.close();
});
