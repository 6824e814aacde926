import { parse } from "csv-parse/sync";
import { DomainError } from "@/lib/errors";
import {
  EXAM_RESULT_COLUMNS,
  IMPORT_MAX_ROWS,
  examResultJsonBody,
  filenameProblem,
  importFilename,
} from "@/lib/validation/imports";

/**
 * One row of an import before validation. `row` is what the report calls it: for CSV the spreadsheet row (the
 * header is row 1), for JSON the 1-based position in the list. `problem` is set when the row cannot even be read.
 */
export type RawRow = { row: number; values: Record<string, unknown>; problem?: string };

export type ImportFormat = "csv" | "json";

export function formatOf(contentType: string): ImportFormat {
  return /json/i.test(contentType) ? "json" : "csv";
}

function refuse(message: string): never {
  throw new DomainError(message, { file: [message] });
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) refuse("The file is empty.");
  // Spreadsheets and text are never NUL-bearing; images, zips and Excel workbooks are.
  if (bytes.subarray(0, 8192).includes(0))
    refuse(
      "This is not a CSV file: it looks like a binary file (an image, a workbook or an archive). Export the sheet as CSV (UTF-8).",
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    refuse("This is not a UTF-8 text file. Export the sheet as CSV (UTF-8).");
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") refuse("The file is empty.");
  return text;
}

function checkHeader(header: string[]) {
  const got = header.map((h) => h.trim().toLowerCase());
  const missing = EXAM_RESULT_COLUMNS.filter((c) => !got.includes(c));
  const unexpected = got.filter((c) => !(EXAM_RESULT_COLUMNS as readonly string[]).includes(c));
  const repeated = got.filter((c, i) => got.indexOf(c) !== i);
  if (missing.length || unexpected.length || repeated.length) {
    // A file that is not CSV at all has its whole first line as one "column": the message quotes only the start.
    const shown = (c: string) => (c === "" ? "(blank)" : c.length > 40 ? `${c.slice(0, 40)}…` : c);
    const list = (names: string[]) =>
      names.slice(0, 8).map(shown).join(", ") + (names.length > 8 ? ` and ${names.length - 8} more` : "");
    const parts = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      unexpected.length ? `unexpected ${list(unexpected)}` : "",
      repeated.length ? `repeated ${list([...new Set(repeated)])}` : "",
    ].filter(Boolean);
    refuse(`The first row must name exactly these columns: ${EXAM_RESULT_COLUMNS.join(",")} (${parts.join("; ")}).`);
  }
  return got;
}

function parseCsv(text: string): RawRow[] {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    refuse(`The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...data] = records;
  if (!header) refuse("The file is empty.");
  const columns = checkHeader(header);
  if (data.length === 0) refuse("The file has a header but no rows.");
  if (data.length > IMPORT_MAX_ROWS)
    refuse(`The file has ${data.length} rows; split it into files of at most ${IMPORT_MAX_ROWS}.`);
  return data.map((fields, i) => {
    const row = i + 2;
    if (fields.length !== columns.length) {
      return { row, values: {}, problem: `expected ${columns.length} values, found ${fields.length}` };
    }
    const values: Record<string, unknown> = {};
    for (const [j, c] of columns.entries()) values[c] = fields[j];
    return { row, values };
  });
}

function parseJson(text: string): RawRow[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    refuse(`The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = examResultJsonBody.safeParse(body);
  if (!parsed.success) {
    const filename =
      body && typeof body === "object" && "filename" in body ? importFilename.safeParse(body.filename) : null;
    if (filename && !filename.success) refuse(filenameProblem(filename.error));
    refuse("The body must be a list of results, or an object { rows: [...] }.");
  }
  const rows = Array.isArray(parsed.data) ? parsed.data : parsed.data.rows;
  if (rows.length === 0) refuse("The list of results is empty.");
  if (rows.length > IMPORT_MAX_ROWS) refuse(`There are ${rows.length} rows; send at most ${IMPORT_MAX_ROWS} at once.`);
  return rows.map((value, i) => {
    const row = i + 1;
    if (!value || typeof value !== "object" || Array.isArray(value))
      return { row, values: {}, problem: "not an object" };
    const keys = Object.keys(value);
    const unexpected = keys.filter((k) => !(EXAM_RESULT_COLUMNS as readonly string[]).includes(k));
    if (unexpected.length) return { row, values: {}, problem: `unexpected field ${unexpected.join(", ")}` };
    return { row, values: value as Record<string, unknown> };
  });
}

/**
 * Reads a whole file of exam results, or refuses it as a whole (DomainError) when it is empty, binary, not CSV or
 * JSON, or has the wrong columns. Rows are not validated here: bad rows are reported one by one by the import.
 */
export function readExamResultFile(bytes: Uint8Array, format: ImportFormat): RawRow[] {
  const text = decodeText(bytes);
  return format === "json" ? parseJson(text) : parseCsv(text);
}

/** Later rows that repeat an earlier row's source record id, with the row they repeat. */
export function duplicateSourceIds(rows: RawRow[]): Map<number, number> {
  const first = new Map<string, number>();
  const duplicates = new Map<number, number>();
  for (const r of rows) {
    const raw = r.values.source_record_id;
    if (r.problem || (typeof raw !== "string" && typeof raw !== "number")) continue;
    const id = String(raw).trim();
    if (!id) continue;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, r.row);
    else duplicates.set(r.row, seen);
  }
  return duplicates;
}
