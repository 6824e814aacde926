import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { JobHandler } from "@/lib/jobs/types";
import { ownPostgres, until, type OwnPostgres } from "../support/own-postgres";

// A 10,000-row import on a cluster of this file's own, stopped for ten seconds while a chunk is in flight and
// started again. The worker is the production one (createWorker), left running throughout: nothing restarts it.
let cluster: OwnPostgres;
let clean: Db;
let faulty: Db;
let csv: string;
let adminId: string;
let middleUserId: string;

const OUTAGE_MS = 10_000;
const ROWS = 10_000;

beforeAll(async () => {
  cluster = await ownPostgres();
  // The shared fixture (a catalogue, an admin, 2,000 candidates) is made once and copied into two databases.
  process.env.DATABASE_URL = await cluster.createDatabase("fixture");
  const { db } = await import("@/lib/db");
  const { importCatalogue } = await import("./admin-fixtures");
  const { makeStaff } = await import("../support/factories");
  const { generateCandidates } = await import("../../scripts/bench/generate");
  await importCatalogue();
  adminId = (await makeStaff("ADMIN")).id;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await generateCandidates(client, 2_000, 0);
  await client.end();
  await db.$disconnect(); // a template database must have no sessions
  const { createClient } = await import("@/lib/db");
  clean = createClient(await cluster.createDatabase("clean", "fixture"));
  faulty = createClient(await cluster.createDatabase("faulty", "fixture"));

  // The file, and the candidate whose rows sit halfway through it in the order the import runs them.
  const { importCsv } = await import("../../scripts/bench/import");
  csv = await importCsv(clean, ROWS);
  const emails = [
    ...new Set(
      csv
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(",")[0])
        .filter((e) => e.endsWith("@bench.example")),
    ),
  ].sort();
  const middle = emails[Math.floor(emails.length * 0.55)];
  middleUserId = (await clean.user.findUniqueOrThrow({ where: { email: middle }, select: { id: true } })).id;
}, 180_000);

afterAll(async () => {
  await clean?.$disconnect();
  await faulty?.$disconnect();
  await cluster?.destroy();
});

async function handlers(): Promise<Record<string, JobHandler>> {
  const { jobHandlers } = await import("@/lib/jobs/handlers");
  const { EXAM_RESULT_IMPORT_JOB } = await import("@/lib/imports/exam-results/job");
  const { SEND_EMAIL_JOB } = await import("@/lib/email/outbox");
  const { BADGE_EMAIL_JOB } = await import("@/lib/badges/lifecycle/mail");
  // The import's messages are compared as queued; their delivery has a test of its own (outage-mail).
  const skip = async () => ({ skipped: "not delivered in this test" });
  return {
    [EXAM_RESULT_IMPORT_JOB]: jobHandlers[EXAM_RESULT_IMPORT_JOB],
    [SEND_EMAIL_JOB]: skip,
    [BADGE_EMAIL_JOB]: skip,
  };
}

async function upload(db: Db) {
  const { startExamResultImport } = await import("@/lib/imports/exam-results/start");
  return startExamResultImport(db, {
    actorId: adminId,
    filename: "results.csv",
    contentType: "text/csv",
    bytes: new TextEncoder().encode(csv),
    via: "api",
  });
}

/** Everything the import decides, without the generated ids, random numbers and clock times. */
async function outcome(db: Db) {
  const [results, earned, badges, events, messages, batches, jobs] = await Promise.all([
    db.$queryRaw`SELECT "sourceRecordId", "userId", "examId", "takenOn", score, passed, channel::text, "sourceEmail", "sourceName"
                 FROM "ExamResult" ORDER BY "sourceRecordId"`,
    db.$queryRaw`SELECT "userId", "certificationId", "earnedOn", "expiresOn", status::text FROM "EarnedCertification" ORDER BY 1, 2, 3`,
    db.$queryRaw`SELECT b."userId", b."templateId", c."certificationId", c."earnedOn", b."recipientEmail", b.state::text, b.public, b."expiresOn"
                 FROM "Badge" b LEFT JOIN "EarnedCertification" c ON c.id = b."earnedCertificationId" ORDER BY 1, 2, 3, 4`,
    db.$queryRaw`SELECT b."userId", b."templateId", e.type::text, count(*)::int AS n FROM "BadgeEvent" e JOIN "Badge" b ON b.id = e."badgeId"
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    db.$queryRaw`SELECT m.template, m."to", m.subject, m.status::text, m."userId", b."templateId" FROM "EmailMessage" m
                 LEFT JOIN "Badge" b ON b.id = m."badgeId" ORDER BY 2, 6, 3`,
    db.$queryRaw`SELECT status::text, "totalRows", "processedRows", "acceptedRows", "rejectedRows", report, error FROM "ImportBatch"`,
    db.$queryRaw`SELECT type, status::text, count(*)::int AS n FROM "Job" GROUP BY 1, 2 ORDER BY 1, 2`,
  ]);
  return { results, earned, badges, events, messages, batches, jobs };
}

it("finishes an import that lost PostgreSQL for 10 s midway, with the outcome of a clean import", async () => {
  const { createWorker } = await import("@/lib/jobs/worker");
  const { RECORDS_LOCK } = await import("@/lib/records/earn-certifications");

  // The clean run, into its own copy of the fixture.
  const cleanBatch = await upload(clean);
  await createWorker({ db: clean, handlers: await handlers(), id: "clean" }).drain();
  const expected = await outcome(clean);
  expect(await clean.importBatch.findUniqueOrThrow({ where: { id: cleanBatch.id } })).toMatchObject({
    status: "COMPLETED",
    processedRows: ROWS,
  });
  expect((expected.earned as unknown[]).length).toBeGreaterThan(100); // the file earns certifications, badges and mail

  // The faulty run. Holding the records lock of the candidate halfway through stops the import inside that
  // chunk's transaction, so PostgreSQL goes away with committed chunks behind it and one in flight.
  const holder = new pg.Client({ connectionString: cluster.url("faulty") });
  holder.on("error", () => undefined); // it dies with the cluster, which releases the lock
  await holder.connect();
  await holder.query("SELECT pg_advisory_lock($1::int, hashtext($2))", [RECORDS_LOCK, middleUserId]);
  const log: string[] = [];
  // A short lease: the job whose worker lost the database mid-run is taken again soon after it returns.
  const worker = createWorker({
    db: faulty,
    handlers: await handlers(),
    id: "faulty",
    pollMs: 200,
    leaseMs: 3_000,
    log: (l) => void log.push(l),
  });
  const batch = await upload(faulty);
  await worker.start(cluster.url("faulty"));
  const processed = async () => (await faulty.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).processedRows;
  await until(
    async () => {
      const waiting = await holder.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
      return waiting.rowCount! > 0 && (await processed()) > 0;
    },
    60_000,
    "the import to reach the held candidate",
  );
  const before = await processed();
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(ROWS);

  await cluster.stop();
  await new Promise((r) => setTimeout(r, OUTAGE_MS));
  await cluster.start();

  await until(
    async () => (await faulty.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status === "COMPLETED",
    90_000,
    "the import to finish",
  );
  await until(
    async () => (await faulty.job.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } })) === 0,
    30_000,
    "the queue to empty",
  );
  await worker.stop();
  await holder.end().catch(() => undefined);

  expect(await outcome(faulty)).toEqual(expected);
  // It was the outage that the worker lived through, and the job was taken again rather than lost.
  expect(log.some((l) => /^worker error: /.test(l))).toBe(true);
  const job = await faulty.job.findUniqueOrThrow({ where: { dedupeKey: `import:${batch.id}` } });
  expect(job.status).toBe("SUCCEEDED");
  expect(job.attempts).toBeGreaterThanOrEqual(2);
}, 240_000);
