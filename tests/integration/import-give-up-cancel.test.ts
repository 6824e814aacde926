import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer, type Viewer } from "@/lib/session";
import { DomainError } from "@/lib/errors";
import { cancelImport, getImport, uploadExamResults } from "@/lib/admin/imports/imports";
import { cancelImportAction } from "@/lib/admin/imports/actions/cancel-import";
import { examResultImportJob, IMPORT_CHUNK_ROWS } from "@/lib/imports/exam-results/job";
import { enqueue } from "@/lib/jobs/queue";
import { createWorker } from "@/lib/jobs/worker";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/types";
import { DELETE, GET } from "@/app/api/imports/exam-results/[id]/route";
import { POST } from "@/app/api/imports/exam-results/route";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";
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

const jobOf = (importId: string) => db.job.findUniqueOrThrow({ where: { dedupeKey: `import:${importId}` } });

function formOf(values: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  return form;
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

describe("cancelling an import", () => {
  it("before it starts: nothing is imported, the job never runs, and the audit log says who", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const who = await makeCandidate();
    const batch = await upload(admin, csvOf([row(who.email, exams.one.code)]));
    const state = await runAsViewer(admin, () =>
      cancelImportAction({ ok: false }, formOf({ id: batch.id, confirm: "yes" })),
    );
    expect(state).toEqual({ ok: true, message: "The import was cancelled before any row was imported." });
    await drainJobs();
    const page = await runAsViewer(admin, () => getImport(batch.id));
    expect(page).toMatchObject({ status: "CANCELLED", processedRows: 0, cancelledBy: { email: admin.email } });
    expect(page.job?.status).toBe("CANCELLED");
    expect(await db.examResult.count({ where: { importId: batch.id } })).toBe(0);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "import.exam_results.cancel", targetId: batch.id },
    });
    expect(entry).toMatchObject({ actorId: admin.userId, detail: { previousStatus: "QUEUED", processedRows: 0 } });
  });

  it("while it runs: the chunks committed stay, the job stops at its next chunk, and running it again does nothing", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const people = await Promise.all([1, 2, 3, 4].map(() => makeCandidate()));
    const rows = Array.from({ length: IMPORT_CHUNK_ROWS * 3 }, (_, i) =>
      row(people[i % 4].email, [exams.anyA, exams.anyB, exams.anyC][i % 3].code, {
        date: `2024-0${1 + (i % 9)}-1${i % 10}`,
      }),
    );
    const batch = await upload(admin, csvOf(rows));
    const job = await jobOf(batch.id);
    let cancelledAt = -1;
    const result = await examResultImportJob({
      db,
      job: { ...job, attempts: 1 },
      progress: async (done) => {
        // The admin cancels right after the first chunk commits, while the second is being prepared beside it.
        if (cancelledAt < 0) {
          cancelledAt = done;
          await runAsViewer(admin, () => cancelImport(batch.id));
        }
      },
    });
    expect(result).toMatchObject({ cancelled: true });
    const after = await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(after).toMatchObject({ status: "CANCELLED", processedRows: cancelledAt });
    expect(cancelledAt).toBeGreaterThan(0);
    expect(cancelledAt).toBeLessThan(rows.length);
    const stored = await db.examResult.count({ where: { importId: batch.id } });
    expect(stored).toBe(cancelledAt);

    // A worker that takes the job again (its lease ran out, or someone retried it) leaves the import as it is.
    await db.job.update({ where: { id: job.id }, data: { status: "QUEUED", runAt: new Date() } });
    await drainJobs();
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      status: "CANCELLED",
      processedRows: cancelledAt,
    });
    expect(await db.examResult.count({ where: { importId: batch.id } })).toBe(stored);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: "import.exam_results.cancel", targetId: batch.id },
    });
    expect(entry).toMatchObject({
      actorId: admin.userId,
      detail: { previousStatus: "RUNNING", processedRows: cancelledAt },
    });
  });

  it("asks for confirmation, and refuses an import that has ended", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const batch = await upload(admin, csvOf([row((await makeCandidate()).email, exams.one.code)]));
    const unconfirmed = await runAsViewer(admin, () => cancelImportAction({ ok: false }, formOf({ id: batch.id })));
    expect(unconfirmed).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ["Confirm that you want to cancel the import"] },
    });
    await drainJobs();
    const ended = await runAsViewer(admin, () =>
      cancelImportAction({ ok: false }, formOf({ id: batch.id, confirm: "yes" })),
    );
    expect(ended).toMatchObject({
      ok: false,
      message: "This import has already completed; only a queued or running import can be cancelled.",
    });
    await expect(runAsViewer(admin, () => cancelImport("no-such-import"))).rejects.toBeInstanceOf(DomainError);
    expect(await db.auditLog.count({ where: { action: "import.exam_results.cancel", targetId: batch.id } })).toBe(0);
  });

  it("is for admins only", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const batch = await upload(admin, csvOf([row((await makeCandidate()).email, exams.one.code)]));
    const form = formOf({ id: batch.id, confirm: "yes" });
    await expectStatus(
      runAsViewer(null, () => cancelImport(batch.id)),
      401,
    );
    await expectStatus(
      runAsViewer(null, () => cancelImportAction({ ok: false }, form)),
      401,
    );
    for (const role of ["CANDIDATE", "SUPPORT"] as const) {
      const who = viewerOf(role === "CANDIDATE" ? await makeCandidate() : await makeStaff(role));
      await expectStatus(
        runAsViewer(who, () => cancelImport(batch.id)),
        403,
      );
      await expectStatus(
        runAsViewer(who, () => cancelImportAction({ ok: false }, form)),
        403,
      );
      const api = await runAsViewer(who, () =>
        DELETE(new Request(`${URL_}/${batch.id}`, { method: "DELETE" }), { params: Promise.resolve({ id: batch.id }) }),
      );
      expect(api.status).toBe(403);
    }
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe("QUEUED");
    expect((await runAsViewer(admin, () => cancelImportAction({ ok: false }, form))).ok).toBe(true);
  });

  it("through the partner API: only the partner's own imports, and 409 once ended", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const who = await makeCandidate();
    const bearer = { authorization: `Bearer ${TOKEN}` };
    const posted = await runAsViewer(null, () =>
      POST(
        new Request(URL_, {
          method: "POST",
          body: csvOf([row(who.email, exams.one.code)]),
          headers: { "content-type": "text/csv", ...bearer },
        }),
      ),
    );
    const { id } = (await posted.json()) as { id: string };
    const del = (importId: string) =>
      runAsViewer(null, () =>
        DELETE(new Request(`${URL_}/${importId}`, { method: "DELETE", headers: bearer }), {
          params: Promise.resolve({ id: importId }),
        }),
      );

    const adminsOwn = await upload(admin, csvOf([row(who.email, exams.allA.code)]));
    expect((await del(adminsOwn.id)).status).toBe(404);
    expect((await del("bad\u0000id")).status).toBe(404);
    const first = await del(id);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ id, status: "CANCELLED", processedRows: 0, totalRows: 1 });
    const again = await del(id);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      status: "CANCELLED",
      error: expect.stringMatching(/already been cancelled/),
    });
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: adminsOwn.id } })).status).toBe("QUEUED");
  });
});
