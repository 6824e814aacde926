import { consumeRateLimit, LIMITS, tooManyRequests } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/client-address";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { uploadExamResults } from "@/lib/admin/imports/imports";
import { startExamResultImport } from "@/lib/imports/exam-results/start";
import { BodyRefused, readCappedBody, readUploadedFile, type UploadedFile } from "@/lib/http/capped-body";
import { IMPORT_MAX_BYTES, filenameProblem, importFilename } from "@/lib/validation/imports";
import { importCaller } from "./auth";
import { withSecurityHeaders } from "./headers";

/**
 * Starts an import of exam results. Body: the CSV itself (text/csv), a JSON list of rows with the same fields
 * (application/json, or { filename, rows }), or a form upload with a "file" field; at most IMPORT_MAX_BYTES (50 MB)
 * of file, read as it arrives and refused with 413 past that. Answers 202 with the import's id; GET
 * /api/imports/exam-results/<id> reports progress and, at the end, the report. A malformed file, or a body that
 * did not arrive whole, is refused as a whole and nothing is stored.
 */
export async function POST(request: Request) {
  return withSecurityHeaders(await startImport(request));
}

async function startImport(request: Request): Promise<Response> {
  const caller = await importCaller(request);
  if (caller.kind === "refused") return caller.response;
  const limit = await consumeRateLimit(
    `import:${caller.kind}:${clientAddress(request.headers)}`,
    LIMITS.importPerClient,
  );
  if (!limit.allowed) return tooManyRequests(limit, "Too many imports from this client. Wait and try again.");

  let file: UploadedFile;
  try {
    file = await receivedFile(request);
  } catch (error) {
    if (error instanceof BodyRefused) return error.toResponse();
    throw error;
  }

  try {
    const upload = { ...file, signal: request.signal };
    const batch =
      caller.kind === "partner"
        ? await startExamResultImport(db, { ...upload, actorId: caller.actorId, via: "api" })
        : await uploadExamResults(upload, "api");
    return Response.json(
      {
        id: batch.id,
        totalRows: batch.totalRows,
        status: "QUEUED",
        statusUrl: `/api/imports/exam-results/${batch.id}`,
      },
      { status: 202, headers: { location: `/api/imports/exam-results/${batch.id}` } },
    );
  } catch (error) {
    if (error instanceof DomainError)
      return Response.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: 422 });
    if (request.signal.aborted)
      return Response.json(
        { error: "The connection closed before the import was stored; nothing was stored." },
        { status: 400 },
      );
    throw error;
  }
}

/** The file, whole, from whichever of the three body forms was sent; BodyRefused when it cannot be had. */
async function receivedFile(request: Request): Promise<UploadedFile> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const upload = type.startsWith("multipart/form-data")
    ? await readUploadedFile(request, { field: "file", maxFileBytes: IMPORT_MAX_BYTES })
    : null;
  const json = upload ? /json$/i.test(upload.filename) || /json/.test(upload.contentType) : type.includes("json");
  const named = upload ? upload.filename : new URL(request.url).searchParams.get("filename");
  const filename =
    named === null || named === ""
      ? { success: true as const, data: json ? "results.json" : "results.csv" }
      : importFilename.safeParse(named);
  if (!filename.success) {
    const message = `${filenameProblem(filename.error)}.`;
    throw new BodyRefused(422, message, { filename: [message] });
  }
  return {
    filename: filename.data,
    contentType: json ? "application/json" : "text/csv",
    bytes: upload ? upload.bytes : await readCappedBody(request, IMPORT_MAX_BYTES),
  };
}
