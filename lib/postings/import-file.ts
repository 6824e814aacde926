import { parse } from "csv-parse/sync";
import {
  POSTING_COLUMNS,
  POSTINGS_IMPORT_MAX_BYTES,
  POSTINGS_IMPORT_MAX_ROWS,
  REQUIRED_POSTING_COLUMNS,
  describeRowIssues,
  postingRowSchema,
  type PostingRow,
} from "@/lib/validation/posting";

/**
 * Turning an uploaded postings file into validated rows. Two levels of failure, kept apart on purpose: a file that
 * is not a postings file at all (unparseable, wrong columns, too big) is refused as a whole; a well-formed file
 * with some bad rows has those rows reported by number and the rest applied.
 */

export type RawRow = { rowNumber: number; values: Record<string, unknown> };
export type FileResult = { ok: true; format: "csv" | "json"; rows: RawRow[] } | { ok: false; error: string };

export type RowProblem = { rowNumber: number; externalId: string | null; reasons: string[] };
export type ValidRow = { rowNumber: number; data: PostingRow };

const MiB = (bytes: number) => `${Math.round((bytes / 1024) * 10) / 10} KiB`;

export function detectFormat(filename: string, text: string): "csv" | "json" {
  if (/\.json$/i.test(filename)) return "json";
  if (/\.csv$/i.test(filename)) return "csv";
  return /^\s*[[{]/.test(text) ? "json" : "csv";
}

function checkColumns(columns: string[]): string | null {
  const known = new Set<string>(POSTING_COLUMNS);
  const unknown = columns.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    return `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. The columns are: ${POSTING_COLUMNS.join(", ")}.`;
  }
  const missing = REQUIRED_POSTING_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) return `Missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.`;
  return null;
}

function tooMany(count: number) {
  return `The file has ${count} postings; one import takes at most ${POSTINGS_IMPORT_MAX_ROWS}. Split it into smaller files.`;
}

function parseCsv(text: string): FileResult {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: false,
      info: true,
      to: POSTINGS_IMPORT_MAX_ROWS + 1,
    }) as typeof records;
  } catch (error) {
    return { ok: false, error: `The CSV could not be read: ${(error as Error).message}` };
  }
  // The header decides, even when there are no data rows.
  const header = parse(text, { bom: true, to_line: 1 }) as string[][];
  const columns = (header[0] ?? []).map((h) => h.trim().toLowerCase());
  if (columns.length === 0) return { ok: false, error: "The file is empty." };
  const problem = checkColumns(columns);
  if (problem) return { ok: false, error: problem };
  if (new Set(columns).size !== columns.length) return { ok: false, error: "A column appears twice in the header." };
  if (records.length > POSTINGS_IMPORT_MAX_ROWS) return { ok: false, error: tooMany(records.length) };
  if (records.length === 0) return { ok: false, error: "The file has a header but no postings." };
  return { ok: true, format: "csv", rows: records.map((r) => ({ rowNumber: r.info.lines, values: r.record })) };
}

function parseJson(text: string): FileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The JSON could not be read: ${(error as Error).message}` };
  }
  const list = Array.isArray(data) ? data : (data as { postings?: unknown } | null)?.postings;
  if (!Array.isArray(list)) {
    return { ok: false, error: 'The JSON must be an array of postings, or an object with a "postings" array.' };
  }
  if (list.length === 0) return { ok: false, error: "The file has no postings." };
  if (list.length > POSTINGS_IMPORT_MAX_ROWS) return { ok: false, error: tooMany(list.length) };
  const columns = new Set<string>();
  for (const item of list) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      return { ok: false, error: "Every posting in the JSON must be an object of named fields." };
    }
    for (const k of Object.keys(item)) columns.add(k);
  }
  const known = new Set<string>(POSTING_COLUMNS);
  const unknown = [...columns].filter((c) => !known.has(c));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `Unknown field${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. The fields are: ${POSTING_COLUMNS.join(", ")}.`,
    };
  }
  return {
    ok: true,
    format: "json",
    rows: list.map((values, i) => ({ rowNumber: i + 1, values: values as Record<string, unknown> })),
  };
}

export function readPostingsFile(filename: string, content: string | Uint8Array): FileResult {
  const bytes = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  if (bytes === 0) return { ok: false, error: "The file is empty." };
  if (bytes > POSTINGS_IMPORT_MAX_BYTES) {
    return {
      ok: false,
      error: `The file is ${MiB(bytes)}; one import takes at most ${MiB(POSTINGS_IMPORT_MAX_BYTES)}. Split it into smaller files.`,
    };
  }
  let text: string;
  try {
    text = typeof content === "string" ? content : new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return { ok: false, error: "The file is not UTF-8 text. Save it as CSV (UTF-8) or JSON." };
  }
  return detectFormat(filename, text) === "json" ? parseJson(text) : parseCsv(text);
}

/** Each row checked on its own; an external_id seen earlier in the same file is a bad row, not a silent overwrite. */
export function validatePostingRows(rows: RawRow[]): { valid: ValidRow[]; rejected: RowProblem[] } {
  const valid: ValidRow[] = [];
  const rejected: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const rawId = row.values.external_id;
    const externalId = typeof rawId === "string" || typeof rawId === "number" ? String(rawId).trim() || null : null;
    const parsed = postingRowSchema.safeParse(row.values);
    if (!parsed.success) {
      rejected.push({ rowNumber: row.rowNumber, externalId, reasons: describeRowIssues(parsed.error) });
      continue;
    }
    const earlier = seen.get(parsed.data.external_id);
    if (earlier !== undefined) {
      rejected.push({ rowNumber: row.rowNumber, externalId, reasons: [`external_id repeats row ${earlier}`] });
      continue;
    }
    seen.set(parsed.data.external_id, row.rowNumber);
    valid.push({ rowNumber: row.rowNumber, data: parsed.data });
  }
  return { valid, rejected };
}
