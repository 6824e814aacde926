import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer, type Viewer } from "@/lib/session";
import { getImport, uploadExamResults } from "@/lib/admin/imports/imports";
import { enqueue } from "@/lib/jobs/queue";
import { createWorker } from "@/lib/jobs/worker";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";
import { GET } from "@/app/api/imports/exam-results/[id]/route";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { drainJobs } from "../support/jobs";
import { csvOf, importCatalogue, row } from "./admin-fixtures";

// Outside a Next request there is no cache to revalidate; the action's own behaviour is what is tested here.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const TOKEN = "partner-token-for-tests-0123456789abcdef";
process.env.PARTNER_API_TOKEN = TOKEN;
const URL_ = "http://localhost:3000/api/imports/exam-results";

async function upload(admin: Viewer, csv: string) {
  return runAsViewer(admin, () =>
    uploadExamResults({ filename: "results.csv", contentType: "text/csv", bytes: new TextEncoder().encode(csv) }),
  );
}

describe("a job type's give-up handler", () => {
  it("runs once, when the job fails for good, and a failing one does not keep the job from being failed", async () => {
    const calls: { id: string; message: string }[] = [];
    const flaky: JobHandler = async () => {
      throw new Error("still down");
    };
    flaky.onGiveUp = async ({ job, error }) => void calls.push({ id: job.id, message: (error as Error).message });
    const broken: JobHandler = async () => {
      throw new PermanentJobError("bad payload");
    };
    broken.onGiveUp = async () => {
      throw new Error("the give-up handler broke too");
    };
    const logged: string[] = [];
    const worker = createWorker({
      db,
      handlers: { flaky, broken },
      id: "give-up-test",
      log: (l) => void logged.push(l),
    });
    const flakyId = await db.$transaction((tx) => enqueue(tx, "flaky", {}, { maxAttempts: 2 }));
    const brokenId = await db.$transaction((tx) => enqueue(tx, "broken", {}));
    await worker.drain();
    expect(calls).toEqual([]); // the flaky job has a retry left
    await db.job.update({ where: { id: flakyId }, data: { runAt: new Date() } });
    await worker.drain();
    expect(calls).toEqual([{ id: flakyId, message: "still down" }]);
    expect(await db.job.findUniqueOrThrow({ where: { id: flakyId } })).toMatchObject({
      status: "FAILED",
      attempts: 2,
      lastError: "still down",
    });
    expect(await db.job.findUniqueOrThrow({ where: { id: brokenId } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: "bad payload",
    });
    expect(logged.some((l) => l.includes("give-up handler failed: the give-up handler broke too"))).toBe(true);
  });
});

describe("an import whose job gives up", () => {
  it("ends FAILED with a reason in words on its page and in the status API; the raw error stays on the job", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const who = await makeCandidate();
    // A database that refuses one row every time, as it refused NUL before rows were checked for it.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'storage refused row % (test trigger)', NEW."sourceRecordId"; END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER test_refuse_row BEFORE INSERT ON "ExamResult" FOR EACH ROW
      WHEN (NEW."sourceRecordId" LIKE 'refuse-%') EXECUTE FUNCTION test_refuse_row()`);
    try {
      const batch = await upload(
        admin,
        csvOf([
          row(who.email, exams.one.code),
          row(who.email, exams.allA.code, { source_record_id: `refuse-${who.id}` }),
        ]),
      );
      // Two attempts, not the five an upload gets: the second is the last.
      await db.job.update({ where: { dedupeKey: `import:${batch.id}` }, data: { maxAttempts: 2 } });
      await drainJobs();
      expect((await runAsViewer(admin, () => getImport(batch.id))).status).toBe("RUNNING"); // first attempt failed, retry due later
      await db.job.update({ where: { dedupeKey: `import:${batch.id}` }, data: { runAt: new Date() } });
      await drainJobs();

      const page = await runAsViewer(admin, () => getImport(batch.id));
      expect(page.status).toBe("FAILED");
      expect(page.error).toBe(
        "The import stopped after 2 attempts because of an unexpected error. Rows committed before it are kept; the technical detail is in the job's log.",
      );
      expect(page.finishedAt).not.toBeNull();
      expect(page.job).toMatchObject({
        status: "FAILED",
        attempts: 2,
        lastError: expect.stringContaining("storage refused row refuse-"),
      });

      const api = await runAsViewer(admin, () =>
        GET(new Request(`${URL_}/${batch.id}`), { params: Promise.resolve({ id: batch.id }) }),
      );
      expect(await api.json()).toMatchObject({ status: "FAILED", error: page.error });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_row ON "ExamResult"`);
    }
  });

  it("a known database error is put in words", async () => {
    const { describeImportFailure } = await import("@/lib/imports/exam-results/failure");
    expect(describeImportFailure(new Error('invalid byte sequence for encoding "UTF8": 0x00'), 5)).toMatch(
      /contains a NUL character \(U\+0000\)/,
    );
    expect(describeImportFailure(new Error("deadlock detected"), 5)).toMatch(/colliding with other work/);
    expect(
      describeImportFailure(
        new Error(
          "Transaction already closed: A query cannot be executed on an expired transaction. The timeout for this transaction was 120000 ms",
        ),
        5,
      ),
    ).toMatch(/took too long/);
  });
});
