import type { Db } from "@/lib/db";
import { examResultImportJob } from "@/lib/imports/exam-results/job";
import { startExamResultImport } from "@/lib/imports/exam-results/start";
import { asReport } from "@/lib/imports/exam-results/report";
import { EXAM_RESULT_COLUMNS } from "@/lib/validation/imports";

/**
 * A realistic partner file of `rows` results: addresses of existing candidates (bench or demo), one in twenty
 * unknown, active exams, about three in four passed, and a few bad rows.
 */
export async function importCsv(db: Db, rows: number): Promise<string> {
  const [exams, people] = await Promise.all([
    db.exam.findMany({ where: { status: "ACTIVE" }, select: { code: true } }),
    db.user.findMany({ where: { role: "CANDIDATE", status: "ACTIVE" }, select: { email: true }, take: 50_000 }),
  ]);
  const stamp = Date.now().toString(36);
  const lines: string[] = [EXAM_RESULT_COLUMNS.join(",")];
  for (let i = 0; i < rows; i++) {
    const email = i % 20 === 7 ? `unknown${i}@partner.example` : people[(i * 7919) % people.length].email;
    const exam = i % 1000 === 999 ? "NO-SUCH-EXAM" : exams[i % exams.length].code;
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 12)).padStart(2, "0");
    const score = 450 + ((i * 37) % 550);
    lines.push(
      `${email},Bench Person ${i},${exam},2024-${month}-${day},${score},${score >= 700},${i % 3 ? "ONLINE" : "TEST_CENTER"},BENCH-IMPORT-${stamp}-${i}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Uploads the file and runs its job on one worker; seconds from the upload to the finished report. */
export async function importRun(db: Db, csv: string) {
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
  const started = performance.now();
  const batch = await startExamResultImport(db, {
    actorId: admin.id,
    filename: "bench.csv",
    contentType: "text/csv",
    bytes: Buffer.from(csv),
    via: "upload",
  });
  // Only the import job (a worker would also start on the mail it queues, which is measured on its own).
  const job = await db.job.findUniqueOrThrow({ where: { dedupeKey: `import:${batch.id}` } });
  await examResultImportJob({
    db,
    job: { ...job, attempts: 1 },
    progress: async (done, total) =>
      void (await db.job.update({ where: { id: job.id }, data: { progressDone: done, progressTotal: total } })),
  });
  await db.job.update({ where: { id: job.id }, data: { status: "SUCCEEDED", finishedAt: new Date() } });
  const seconds = (performance.now() - started) / 1000;
  const done = await db.importBatch.findUniqueOrThrow({
    where: { id: batch.id },
    select: { status: true, report: true },
  });
  if (done.status !== "COMPLETED") throw new Error(`The import ended ${done.status}`);
  const { rejected: _rows, ...report } = asReport(done.report);
  return { seconds, report };
}
