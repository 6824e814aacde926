import { db } from "@/lib/db";
import { asReport } from "@/lib/imports/exam-results/report";
import { importCaller } from "../auth";
import { withSecurityHeaders } from "../headers";

/** Progress and report of an import, for the partner system that started it (or an admin). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  return withSecurityHeaders(await importStatus(request, context));
}

async function importStatus(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const caller = await importCaller(request);
  if (caller.kind === "refused") return caller.response;
  const { id } = await params;
  const batch = await db.importBatch.findUnique({
    where: { id },
    select: { id: true, kind: true, status: true, totalRows: true, processedRows: true, acceptedRows: true, rejectedRows: true, report: true, error: true, createdById: true },
  });
  // A partner sees only the imports made with the partner token.
  if (!batch || batch.kind !== "EXAM_RESULTS" || (caller.kind === "partner" && batch.createdById !== caller.actorId)) {
    return Response.json({ error: "No such import." }, { status: 404 });
  }
  const { report, createdById: _by, kind: _kind, ...rest } = batch;
  return Response.json({ ...rest, report: report ? asReport(report) : null });
}
