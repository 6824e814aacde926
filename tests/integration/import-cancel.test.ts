import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer, type Viewer } from "@/lib/session";
import { DomainError } from "@/lib/errors";
import { cancelImport, getImport, uploadExamResults } from "@/lib/admin/imports/imports";
import { cancelImportAction } from "@/lib/admin/imports/actions/cancel-import";
import { examResultImportJob, IMPORT_CHUNK_ROWS } from "@/lib/imports/exam-results/job";
import { DELETE } from "@/app/api/imports/exam-results/[id]/route";
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
