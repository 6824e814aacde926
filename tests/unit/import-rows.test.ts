import { describe, expect, it } from "vitest";
import { examResultRowSchema, rowProblem } from "@/lib/validation/imports";
import { duplicateSourceIds, readExamResultFile } from "@/lib/imports/exam-results/parse";
import { DomainError } from "@/lib/errors";

const good = {
  email: " Ada@Example.com ",
  name: "Ada",
  exam_code: "az-104",
  date: "2024-02-29",
  score: "812",
  pass: "TRUE",
  channel: "test center",
  source_record_id: " R1 ",
};
const bytes = (s: string) => new TextEncoder().encode(s);
const HEADER = "email,name,exam_code,date,score,pass,channel,source_record_id";

describe("an exam-result row", () => {
  it("normalises a good row", () => {
    expect(examResultRowSchema.parse(good)).toEqual({
      email: "ada@example.com",
      name: "Ada",
      exam_code: "AZ-104",
      date: new Date("2024-02-29T00:00:00Z"),
      score: 812,
      pass: true,
      channel: "TEST_CENTER",
      source_record_id: "R1",
    });
    expect(examResultRowSchema.parse({ ...good, score: 700, pass: false, channel: "ONLINE", name: "" })).toMatchObject({
      score: 700,
      pass: false,
      name: null,
    });
  });

  it.each([
    [{ email: "nope" }, /^email: Enter an email address/],
    [{ exam_code: "" }, /^exam_code: /],
    [{ date: "2023-02-29" }, /^date: The date must be YYYY-MM-DD/],
    [{ date: "14/03/2025" }, /^date: The date must be YYYY-MM-DD/],
    [{ date: "2999-01-01" }, /^date: The date is in the future/],
    [{ date: "1980-01-01" }, /^date: The date is before 1990/],
    [{ score: "80.5" }, /^score: /],
    [{ score: "-1" }, /^score: /],
    [{ score: "" }, /^score: /],
    [{ pass: "maybe" }, /^pass: Pass must be true or false/],
    [{ channel: "carrier pigeon" }, /^channel: The channel must be one of/],
    [{ source_record_id: "  " }, /^source_record_id: The source record id is missing/],
  ])("rejects %o", (change, reason) => {
    const parsed = examResultRowSchema.safeParse({ ...good, ...change });
    expect(parsed.success).toBe(false);
    expect(rowProblem(parsed.error!)).toMatch(reason);
  });
});

describe("reading a results file", () => {
  it("numbers CSV rows as a spreadsheet does and flags short rows", () => {
    const rows = readExamResultFile(
      bytes(`\uFEFF${HEADER.toUpperCase()}\r\na@x.io,A,AZ-104,2024-01-01,800,true,ONLINE,1\r\n\r\nshort,row\r\n`),
      "csv",
    );
    expect(rows).toEqual([
      {
        row: 2,
        values: {
          email: "a@x.io",
          name: "A",
          exam_code: "AZ-104",
          date: "2024-01-01",
          score: "800",
          pass: "true",
          channel: "ONLINE",
          source_record_id: "1",
        },
      },
      { row: 3, values: {}, problem: "expected 8 values, found 2" },
    ]);
  });

  it("accepts the columns in any order", () => {
    const header = "source_record_id,email,name,exam_code,date,score,pass,channel";
    expect(
      readExamResultFile(bytes(`${header}\n9,a@x.io,A,AZ-104,2024-01-01,800,true,ONLINE\n`), "csv")[0].values
        .source_record_id,
    ).toBe("9");
  });

  it.each([
    ["", /empty/],
    ["   \n", /empty/],
    [`${HEADER},extra\n`, /unexpected extra/],
    [`${HEADER.replace("score,", "")}\n`, /missing score/],
    [`${HEADER},email\n`, /repeated email/],
    [`${HEADER}\n`, /header but no rows/],
  ])("refuses %j as a whole", (text, message) => {
    expect(() => readExamResultFile(bytes(text), "csv")).toThrow(message);
    expect(() => readExamResultFile(bytes(text), "csv")).toThrow(DomainError);
  });

  it("quotes only the start of a header that is not one, however long", () => {
    // A file that is not CSV is one enormous "column": the refusal must not send it back to the client.
    for (const text of [
      `${"a".repeat(100_000)}\n`,
      `${Array.from({ length: 5_000 }, (_, i) => `col${i}`).join(",")}\n`,
    ]) {
      const error = (() => {
        try {
          readExamResultFile(bytes(text), "csv");
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error?.message).toMatch(/unexpected/);
      expect(error!.message.length).toBeLessThan(600);
    }
  });

  it("reads JSON lists and flags rows that are not objects or carry unknown fields", () => {
    const rows = readExamResultFile(
      bytes(JSON.stringify([{ email: "a@x.io" }, 5, { email: "b@x.io", grade: "A" }])),
      "json",
    );
    expect(rows.map((r) => [r.row, r.problem])).toEqual([
      [1, undefined],
      [2, "not an object"],
      [3, "unexpected field grade"],
    ]);
    expect(() => readExamResultFile(bytes("[]"), "json")).toThrow(/empty/);
    expect(() => readExamResultFile(bytes("{"), "json")).toThrow(/not valid JSON/);
  });

  it("finds repeated source ids, keeping the first", () => {
    const rows = [1, 2, 3, 4].map((n) => ({
      row: n + 1,
      values: { source_record_id: n === 3 ? " A " : n === 4 ? "B" : n === 1 ? "A" : "B" },
    }));
    expect([...duplicateSourceIds(rows)]).toEqual([
      [4, 2],
      [5, 3],
    ]);
  });
});
