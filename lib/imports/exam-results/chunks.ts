import type { RawRow } from "@/lib/imports/exam-results/parse";

export type ChunkBounds = { start: number; end: number };

const addressOf = (row: RawRow) => (typeof row.values.email === "string" ? row.values.email.trim().toLowerCase() : "");

/**
 * The rows by candidate address, then by position in the file. Chunks of this order hold each candidate's rows
 * together, so two chunks running side by side rarely share a candidate (and wait for each other only then).
 * Depends on the content alone, so a resumed import sees the same order.
 */
export function inCandidateOrder(rows: RawRow[]): RawRow[] {
  const keyed = rows.map((row) => ({ row, address: addressOf(row) }));
  keyed.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : a.row.row - b.row.row));
  return keyed.map((k) => k.row);
}

/**
 * Chunks from row `from` on: `size` rows each, extended so that one address's rows are not split, up to twice
 * the size (an address with more rows than that is split; the candidate locks keep that correct, only slower).
 * The same rows and starting point always give the same chunks.
 */
export function chunkBounds(rows: RawRow[], from: number, size: number): ChunkBounds[] {
  const bounds: ChunkBounds[] = [];
  for (let start = from; start < rows.length; ) {
    let end = Math.min(start + size, rows.length);
    const limit = Math.min(start + 2 * size, rows.length);
    while (end < limit && addressOf(rows[end]) === addressOf(rows[end - 1])) end++;
    bounds.push({ start, end });
    start = end;
  }
  return bounds;
}
