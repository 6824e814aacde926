import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { startEmbeddedPostgres, type EmbeddedDb } from "@/lib/db/embedded";
import { DEMO, signIn } from "./support/session";

// Production servers on a PostgreSQL of this file's own, which the tests stop and start (the shared browser-test
// server's database must not go away under the other specs). Server A is `npm start` itself (migrations, demo
// data, a worker, the development mailbox); server B is a second web process and a second worker beside it, on
// the same database, as a second machine or core would run them.
const portA = Number(process.env.E2E_PORT ?? 3100) + 7;
const portB = portA + 1;
const A = `http://localhost:${portA}`;
const B = `http://localhost:${portB}`;
const dir = mkdtempSync(path.join(tmpdir(), "certdash-outage-"));
chmodSync(dir, 0o755); // as root, PostgreSQL runs as the postgres user, which must be able to enter it
const partnerToken = randomBytes(33).toString("base64url");
const children: ChildProcess[] = [];
let pgPort: number;
let database: EmbeddedDb | null = null;
let databaseUrl: string;

test.describe.configure({ mode: "serial" });
test.use({ baseURL: A });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const bootDatabase = () =>
  startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    port: pgPort,
    database: "certdash",
    ephemeral: true,
    restartable: true,
  });

function run(script: string, env: Record<string, string>) {
  const child = spawn(
    path.resolve("node_modules/.bin/tsx"),
    [script, ...(script.endsWith("start.ts") ? ["start"] : [])],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  children.push(child);
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
const answers = (url: string, status: number) => async () => (await fetch(url)).status === status;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  pgPort = await freePort();
  database = await bootDatabase();
  databaseUrl = database.url;
  const env = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    DEV_MAILBOX: "true",
    DEV_SMTP_PORT: String(await freePort()),
    PARTNER_API_TOKEN: partnerToken,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
    WEB_CONCURRENCY: "1",
    JOB_WORKERS: "2",
    RATE_LIMIT_SCALE: "1",
    APP_URL: A,
  };
  run("scripts/start.ts", { ...env, PORT: String(portA), CERTDASH_DATA_DIR: path.join(dir, "a") });
  await until(answers(`${A}/api/health`, 200), 180_000, "server A");
  // The launcher pointed mail at its development mailbox's SMTP port; B's worker sends there too.
  const b = { ...env, NODE_ENV: "production", SMTP_URL: `smtp://127.0.0.1:${env.DEV_SMTP_PORT}` };
  run("scripts/serve.ts", { ...b, PORT: String(portB) });
  run("scripts/worker.ts", b);
  await until(answers(`${B}/api/health`, 200), 120_000, "server B");
});

test.afterAll(async () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
  }
  await new Promise((r) => setTimeout(r, 2_000));
  database ??= await bootDatabase().catch(() => null);
  await database?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

test("pages answer 503 with a friendly page while PostgreSQL is down, and recover without a restart", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [badge] = await query<{ id: string }>(`SELECT id FROM "Badge" WHERE state = 'ACCEPTED' AND public LIMIT 1`);
  const urls = {
    page: `${A}/`,
    verification: `${B}/badges/${badge.id}`,
    api: `${B}/api/ob/issuer`,
    health: `${A}/api/health`,
  };
  for (const url of Object.values(urls)) expect((await fetch(url)).status, url).toBe(200);

  await database!.stop();
  database = null;
  try {
    // Every process notices at once (PostgreSQL closes its connections); give the slowest a moment.
    await until(answers(urls.page, 503), 15_000, "the page to answer 503");
    const html = await fetch(urls.page);
    expect(html.headers.get("retry-after")).toBe("30");
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    expect(await html.text()).toContain("We'll be right back");
    await until(answers(urls.verification, 503), 15_000, "the verification page to answer 503");
    const api = await fetch(urls.api);
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ status: "unavailable", database: "unreachable" });
    expect((await fetch(urls.health)).status).toBe(503);

    for (const [width, height, name] of [
      [1280, 800, "desktop"],
      [390, 844, "phone"],
    ] as const) {
      await page.setViewportSize({ width, height });
      const response = await page.goto("/dashboard");
      expect(response?.status()).toBe(503);
      await expect(page.getByRole("heading", { name: "We'll be right back" })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`outage-${name}.png`), fullPage: true });
    }
  } finally {
    database ??= await bootDatabase();
  }

  for (const url of Object.values(urls)) await until(answers(url, 200), 30_000, `${url} to answer 200 again`);
});

test("two web processes count one rate limit between them", async () => {
  const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  const statuses: number[] = [];
  for (let i = 0; i < 22; i++) {
    const res = await fetch(`${i % 2 ? B : A}/api/imports/exam-results`, {
      method: "POST",
      headers: { authorization: `Bearer ${partnerToken}`, "content-type": "text/csv", "x-forwarded-for": ip },
      body: "",
    });
    statuses.push(res.status);
  }
  // The limit is 20 imports an hour per client: the empty bodies are refused (422) until then, whichever server.
  expect(statuses.slice(0, 20).every((s) => s === 422)).toBe(true);
  expect(statuses.slice(20)).toEqual([429, 429]);
});

test("a badge made private through one web process is private at once on the other", async ({ page }) => {
  test.setTimeout(120_000);
  const [badge] = await query<{ id: string }>(
    `SELECT b.id FROM "Badge" b JOIN "User" u ON u.id = b."userId" WHERE u.email = $1 AND b.state = 'ACCEPTED' AND b.public LIMIT 1`,
    [DEMO.candidate],
  );
  const verification = `${B}/badges/${badge.id}`;
  // Read twice on B, so B holds it in its snapshot cache.
  for (let i = 0; i < 2; i++) expect(await (await fetch(verification)).text()).not.toContain("This badge is private");

  await signIn(page, DEMO.candidate, `/badges/mine/${badge.id}`);
  await page.getByRole("button", { name: "Make private" }).click();
  await expect(page.getByText(/Private: only you can see this badge/)).toBeVisible();
  await until(
    async () => (await (await fetch(verification)).text()).includes("This badge is private"),
    5_000,
    "B to forget the badge",
  );

  await page.getByRole("button", { name: "Make public" }).click();
  await expect(page.getByText(/Public: anyone with the link/)).toBeVisible();
});

test("two workers run many jobs, each exactly once", async () => {
  test.setTimeout(120_000);
  // Two hundred messages in one go, as a bulk action queues them; both servers' workers take part.
  const tag = randomBytes(4).toString("hex");
  await query(`
    WITH m AS (
      INSERT INTO "EmailMessage" (id, template, "to", subject, text, "messageId", "updatedAt")
      SELECT 'outage-${tag}-' || i, 'test', 'jobs.' || i || '.${tag}@example.com', 'Jobs ${tag}', 'hi', '<outage-${tag}-' || i || '@example.com>', now()
      FROM generate_series(1, 200) i RETURNING id)
    INSERT INTO "Job" (id, type, payload, "dedupeKey", "runAt", "maxAttempts", "updatedAt")
    SELECT 'job-' || m.id, 'email.send', jsonb_build_object('emailMessageId', m.id), 'email:' || m.id, now(), 8, now() FROM m`);
  await query(`SELECT pg_notify('certdash_jobs', 'email.send')`);
  await until(
    async () =>
      (
        await query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "EmailMessage" WHERE subject = $1 AND status = 'SENT'`,
          [`Jobs ${tag}`],
        )
      )[0].n === 200,
    60_000,
    "all 200 to be sent",
  );
  // What the mail server received (the development mailbox stores it): each message once.
  await new Promise((r) => setTimeout(r, 1_000));
  const copies = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "DevMailboxMessage" WHERE subject = $1 GROUP BY "messageId"`,
    [`Jobs ${tag}`],
  );
  expect(copies.length).toBe(200);
  expect(copies.every((c) => c.n === 1)).toBe(true);
  const jobs = await query<{ attempts: number; lockedBy: string | null }>(
    `SELECT attempts, "lockedBy" FROM "Job" WHERE id LIKE $1`,
    [`job-outage-${tag}-%`],
  );
  expect(jobs.every((j) => j.attempts === 1)).toBe(true);
  expect(new Set(jobs.map((j) => j.lockedBy)).size).toBe(2);
});
