import { describe, expect, it } from "vitest";
import { chunkBounds, inCandidateOrder } from "@/lib/imports/exam-results/chunks";
import type { RawRow } from "@/lib/imports/exam-results/parse";

const rowsOf = (emails: string[]): RawRow[] => emails.map((email, i) => ({ row: i + 2, values: { email } }));

describe("inCandidateOrder", () => {
  it("groups rows by address, whatever its case and spacing, and keeps file order within an address", () => {
    const ordered = inCandidateOrder(rowsOf(["b@x", "A@x", " a@x", "c@x", "b@x"]));
    expect(ordered.map((r) => r.row)).toEqual([3, 4, 2, 6, 5]);
  });

  it("puts rows without a readable address first, in file order", () => {
    const rows: RawRow[] = [
      { row: 2, values: { email: "a@x" } },
      { row: 3, values: {}, problem: "bad" },
      { row: 4, values: { email: 7 } },
    ];
    expect(inCandidateOrder(rows).map((r) => r.row)).toEqual([3, 4, 2]);
  });
});

describe("chunkBounds", () => {
  const emails = ["a", "a", "a", "b", "b", "c", "d", "d", "d", "d", "d", "d", "d", "e"];
  const rows = rowsOf(emails);

  it("covers every row once, in order", () => {
    const bounds = chunkBounds(rows, 0, 2);
    expect(bounds[0].start).toBe(0);
    expect(bounds.at(-1)!.end).toBe(rows.length);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i].start).toBe(bounds[i - 1].end);
  });

  it("extends a chunk to keep an address's rows together, up to twice the size", () => {
    expect(chunkBounds(rows, 0, 2)).toEqual([
      { start: 0, end: 3 }, // a a | a: extended by one
      { start: 3, end: 5 }, // b b
      { start: 5, end: 9 }, // c d | d d: extended to twice the size, and d goes on
      { start: 9, end: 13 }, // d d | d d
      { start: 13, end: 14 }, // e
    ]);
  });

  it("gives the same chunks from a resumed position as the first run did", () => {
    const all = chunkBounds(rows, 0, 3);
    const resumed = chunkBounds(rows, all[1].start, 3);
    expect(resumed).toEqual(all.slice(1));
  });

  it("has nothing to do past the end", () => {
    expect(chunkBounds(rows, rows.length, 3)).toEqual([]);
  });
});
