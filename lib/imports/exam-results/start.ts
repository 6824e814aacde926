import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { enqueue } from "@/lib/jobs/queue";
import { EXAM_RESULT_IMPORT_JOB } from "@/lib/imports/exam-results/job";
import { formatOf, readExamResultFile } from "@/lib/imports/exam-results/parse";
import { DomainError } from "@/lib/errors";
import { IMPORT_MAX_BYTES, filenameProblem, importFilename } from "@/lib/validation/imports";
import { byteSize } from "@/lib/validation/uploads";
import { bulkExecute, bulkTransaction } from "@/lib/db/bulk-statements";
import { Prisma } from "@/lib/generated/prisma/client";

export type StartImportInput = {
  actorId: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
  /** How the file arrived, for the audit trail. */
  via: "upload" | "api";
  /**
   * Aborted when the client hangs up. It would never learn the import's id and would send the file again, and a
   * broken connection can mean the body was not what was sent: either way, nothing is kept.
   */
  signal?: AbortSignal;
};

/**
 * Stores an exam-results file and queues its import. The whole file is read first, so a file that is empty,
 * binary or has the wrong columns is refused before anything is stored; bad rows are the job's to report.
 * Not a data access function: callers have checked who is asking.
 */
export async function startExamResultImport(db: Db, input: StartImportInput) {
  if (input.bytes.length > IMPORT_MAX_BYTES) {
    const message = `The file is larger than ${byteSize(IMPORT_MAX_BYTES)}, the most one import takes; split it.`;
    throw new DomainError(message, { file: [message] });
  }
  const name = importFilename.safeParse(input.filename);
  if (!name.success) throw new DomainError(filenameProblem(name.error), { file: [filenameProblem(name.error)] });
  const format = formatOf(input.contentType);
  const rows = readExamResultFile(input.bytes, format);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  // Not Prisma's default 5 s: writing tens of megabytes takes seconds on a busy machine (an 11 MB file ran past 5 s
  // under load), and a transaction that expires half way answers 500 for a file that was fine.
  return bulkTransaction(
    db,
    async (tx) => {
      const batch = await tx.importBatch.create({
        data: {
          kind: "EXAM_RESULTS",
          createdById: input.actorId,
          filename: name.data.slice(0, 200) || (format === "json" ? "results.json" : "results.csv"),
          contentType: format === "json" ? "application/json" : "text/csv",
          content: new Uint8Array(),
          contentSha256: sha256,
          totalRows: rows.length,
          options: { via: input.via },
        },
        select: { id: true, totalRows: true },
      });
      // The file itself goes straight to the connection: through Prisma's engine a 50 MB file took 3.7 s of CPU on
      // the request's thread (past the transaction's 5 s limit on a busy machine), through pg 0.8 s.
      const content = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
      await bulkExecute(tx, Prisma.sql`UPDATE "ImportBatch" SET content = ${content} WHERE id = ${batch.id}`);
      await enqueue(
        tx,
        EXAM_RESULT_IMPORT_JOB,
        { importId: batch.id },
        { dedupeKey: `import:${batch.id}`, progressTotal: rows.length, maxAttempts: 5 },
      );
      await audit(tx, {
        actorId: input.actorId,
        action: "import.exam_results.start",
        targetType: "ImportBatch",
        targetId: batch.id,
        detail: { filename: name.data, rows: rows.length, sha256, via: input.via },
      });
      // As late as can be: parsing a large file takes a while, and the import commits with its job or not at all.
      input.signal?.throwIfAborted();
      return batch;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** The account partner systems' imports are recorded under: it has no profile and cannot receive mail. */
export const PARTNER_API_ACTOR_EMAIL = "partner-api@certdash.invalid";

export async function partnerApiActorId(db: Db) {
  const user = await db.user.upsert({
    where: { email: PARTNER_API_ACTOR_EMAIL },
    create: { email: PARTNER_API_ACTOR_EMAIL, name: "Partner API", status: "INACTIVE" },
    update: {},
    select: { id: true },
  });
  return user.id;
}
