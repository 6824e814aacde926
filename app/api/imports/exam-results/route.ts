import { consumeRateLimit, LIMITS, tooManyRequests } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/client-address";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { uploadExamResults } from "@/lib/dal/admin/imports";
import { startExamResultImport } from "@/lib/imports/exam-results/start";
import { IMPORT_MAX_BYTES } from "@/lib/validation/imports";
import { importCaller } from "./auth";

/**
 * Starts an import of exam results. Body: the CSV itself (text/csv), a JSON list of rows with the same fields
 * (application/json, or { filename, rows }), or a form upload with a "file" field. Answers 202 with the import's
 * id; GET /api/imports/exam-results/<id> reports progress and, at the end, the report. A malformed file is refused
 * as a whole with 422 and nothing is stored.
 */
export async function POST(request: Request) {
  const caller = await importCaller(request);
  if (caller.kind === "refused") return caller.response;
  const limit = await consumeRateLimit(`import:${caller.kind}:${clientAddress(request.headers)}`, LIMITS.importPerClient);
  if (!limit.allowed) return tooManyRequests(limit, "Too many imports from this client. Wait and try again.");

  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > IMPORT_MAX_BYTES) return Response.json({ error: "The body is larger than 50 MB; split it." }, { status: 413 });
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  let file: { filename: string; contentType: string; bytes: Uint8Array };
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData();
    const upload = form.get("file");
    if (!(upload instanceof File)) return Response.json({ error: "Attach the file in a field named \"file\".", fieldErrors: { file: ["Choose a CSV file."] } }, { status: 422 });
    const json = /json$/i.test(upload.name) || /json/.test(upload.type);
    file = { filename: upload.name, contentType: json ? "application/json" : "text/csv", bytes: new Uint8Array(await upload.arrayBuffer()) };
  } else {
    const json = type.includes("json");
    file = {
      filename: new URL(request.url).searchParams.get("filename") ?? (json ? "results.json" : "results.csv"),
      contentType: json ? "application/json" : "text/csv",
      bytes: new Uint8Array(await request.arrayBuffer()),
    };
  }

  try {
    const batch =
      caller.kind === "partner"
        ? await startExamResultImport(db, { ...file, actorId: caller.actorId, via: "api" })
        : await uploadExamResults(file, "api");
    return Response.json(
      { id: batch.id, totalRows: batch.totalRows, status: "QUEUED", statusUrl: `/api/imports/exam-results/${batch.id}` },
      { status: 202, headers: { location: `/api/imports/exam-results/${batch.id}` } },
    );
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: 422 });
    throw error;
  }
}
