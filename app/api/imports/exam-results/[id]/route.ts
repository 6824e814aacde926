import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { cancelImport } from "@/lib/admin/imports/imports";
import { cancelExamResultImport } from "@/lib/imports/exam-results/cancel";
import { asReport } from "@/lib/imports/exam-results/report";
import { recordId } from "@/lib/validation/text";
import { importCaller, type ImportCaller } from "../auth";
import { withSecurityHeaders } from "../headers";

const noSuchImport = () => Response.json({ error: "No such import." }, { status: 404 });

/** The import, if this caller may see it: a partner sees only the imports made with the partner token. */
async function findFor(caller: Exclude<ImportCaller, { kind: "refused" }>, rawId: string) {
  const id = recordId.safeParse(rawId);
  if (!id.success) return null;
  const batch = await db.importBatch.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      kind: true,
      status: true,
      totalRows: true,
      processedRows: true,
      acceptedRows: true,
      rejectedRows: true,
      report: true,
      error: true,
      finishedAt: true,
      createdById: true,
    },
  });
  if (batch?.kind !== "EXAM_RESULTS" || (caller.kind === "partner" && batch.createdById !== caller.actorId))
    return null;
  return batch;
}

/**
 * Progress and report of an import, for the partner system that started it (or an admin). `error` says in words why
 * an import FAILED; a CANCELLED import was stopped by an admin or the partner, keeping the rows processed before.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return withSecurityHeaders(await importStatus(request, context));
}

async function importStatus(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const caller = await importCaller(request);
  if (caller.kind === "refused") return caller.response;
  const batch = await findFor(caller, (await params).id);
  if (!batch) return noSuchImport();
  const { report, createdById: _by, kind: _kind, ...rest } = batch;
  return Response.json({ ...rest, report: report ? asReport(report) : null });
}

/**
 * Cancels a queued or running import: rows already processed stay imported, the rest are not. 200 with the
 * import's counts; 409 when it has already ended. Cannot be undone (send the file again to import the rest).
 */
export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }) {
  return withSecurityHeaders(await cancel(request, context));
}

async function cancel(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const caller = await importCaller(request);
  if (caller.kind === "refused") return caller.response;
  const batch = await findFor(caller, (await params).id);
  if (!batch) return noSuchImport();
  try {
    const done =
      caller.kind === "partner"
        ? await cancelExamResultImport(db, batch.id, caller.actorId)
        : await cancelImport(batch.id);
    return Response.json({
      id: done.id,
      status: "CANCELLED",
      processedRows: done.processedRows,
      totalRows: done.totalRows,
    });
  } catch (error) {
    if (error instanceof NotFoundError) return noSuchImport();
    if (error instanceof DomainError)
      return Response.json({ error: error.message, status: batch.status }, { status: 409 });
    throw error;
  }
}
