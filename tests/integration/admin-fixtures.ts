import { db } from "@/lib/db";
import { runAsViewer, type Viewer } from "@/lib/session";
import { uploadExamResults, getImport } from "@/lib/admin/imports/imports";
import { EXAM_RESULT_COLUMNS } from "@/lib/validation/imports";
import { drainJobs } from "../support/jobs";

/** A small catalogue with one certification per requirement kind, each with a badge template. */
export async function importCatalogue() {
  const s = Math.random().toString(36).slice(2, 6).toUpperCase();
  const code = (x: string) => `${x}-${s}`;
  const exam = (x: string) => db.exam.create({ data: { code: code(x), title: `Exam ${x}` } });
  const [one, allA, allB, anyA, anyB, anyC] = await Promise.all(
    ["ONE", "ALLA", "ALLB", "ANYA", "ANYB", "ANYC"].map(exam),
  );
  const cert = (
    c: string,
    requirement: "ONE" | "ALL" | "ANY_N",
    exams: { id: string }[],
    requiredCount: number | null = null,
  ) =>
    db.certification.create({
      data: {
        code: code(c),
        title: `Certified ${c}`,
        level: "ASSOCIATE",
        validityMonths: 24,
        requirement,
        requiredCount,
        exams: { create: exams.map((e) => ({ examId: e.id })) },
        badgeTemplate: {
          create: {
            slug: code(c).toLowerCase(),
            name: `Badge ${c}`,
            description: "A test badge template.",
            criteria: "Pass the exams.",
          },
        },
      },
    });
  const certOne = await cert("C-ONE", "ONE", [one]);
  const certAll = await cert("C-ALL", "ALL", [allA, allB]);
  const certAny = await cert("C-ANY", "ANY_N", [anyA, anyB, anyC], 2);
  return { code, exams: { one, allA, allB, anyA, anyB, anyC }, certs: { certOne, certAll, certAny } };
}

export type Row = Partial<Record<(typeof EXAM_RESULT_COLUMNS)[number], string>>;

export function csvOf(rows: Row[], header: readonly string[] = EXAM_RESULT_COLUMNS) {
  const cell = (v: string | undefined) => (v === undefined ? "" : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${[header.join(","), ...rows.map((r) => header.map((h) => cell(r[h as keyof Row])).join(","))].join("\n")}\n`;
}

let counter = 0;
export function row(email: string, examCode: string, over: Row = {}): Row {
  counter++;
  return {
    email,
    name: "Test Person",
    exam_code: examCode,
    date: "2025-03-01",
    score: "800",
    pass: "true",
    channel: "ONLINE",
    source_record_id: `SRC-${Date.now().toString(36)}-${counter}`,
    ...over,
  };
}

/** Uploads as `admin`, runs the queue, and returns the import as the page shows it. */
export async function importCsv(admin: Viewer, csv: string, filename = "results.csv") {
  const batch = await runAsViewer(admin, () =>
    uploadExamResults({ filename, contentType: "text/csv", bytes: new TextEncoder().encode(csv) }),
  );
  await drainJobs();
  return runAsViewer(admin, () => getImport(batch.id));
}

/** Everything an import may change, to prove that something changed nothing. */
export async function footprint() {
  const [results, earned, badges, emails, batches, jobs] = await Promise.all([
    db.examResult.count(),
    db.earnedCertification.count(),
    db.badge.count(),
    db.emailMessage.count(),
    db.importBatch.count(),
    db.job.count(),
  ]);
  return { results, earned, badges, emails, batches, jobs };
}
