import { describe, expect, it } from "vitest";
import { readPostingsFile, validatePostingRows } from "@/lib/postings/import-file";
import {
  POSTINGS_IMPORT_MAX_BYTES,
  POSTINGS_IMPORT_MAX_ROWS,
  closePostingSchema,
  postingRowSchema,
} from "@/lib/validation/posting";
import { parsePostingFilters } from "@/lib/validation/posting-filters";

const good = {
  external_id: "ACME-1",
  title: "Cloud Administrator",
  employer: "Contoso",
  location: "Bristol, UK",
  remote: "no",
  salary_min: "45,000",
  salary_max: "60000",
  currency: "gbp",
  skills: "Storage; Virtual networking;storage",
  certification: "cloud-administrator",
  url: "https://careers.contoso.example/jobs/1",
  posted_on: "2026-11-01",
  closes_on: "",
};

describe("one posting row", () => {
  it("normalises a good row", () => {
    const row = postingRowSchema.parse(good);
    expect(row).toEqual({
      external_id: "ACME-1",
      title: "Cloud Administrator",
      employer: "Contoso",
      location: "Bristol, UK",
      remote: false,
      salary_min: 45_000,
      salary_max: 60_000,
      currency: "GBP",
      skills: ["Storage", "Virtual networking"],
      certification: "CLOUD-ADMINISTRATOR",
      url: "https://careers.contoso.example/jobs/1",
      posted_on: new Date("2026-11-01T00:00:00Z"),
      closes_on: undefined,
    });
  });

  it("accepts typed JSON values", () => {
    const row = postingRowSchema.parse({ ...good, remote: true, salary_min: 1, salary_max: 2, skills: ["A", "B"] });
    expect(row).toMatchObject({ remote: true, salary_min: 1, salary_max: 2, skills: ["A", "B"] });
  });

  it.each([
    [{ title: "" }, "title is required"],
    [{ external_id: "" }, "external_id is required"],
    [{ external_id: "has space" }, "external_id may contain only"],
    [{ url: "http://insecure.example/job" }, "url must be a full https:// address"],
    [{ url: "not a url" }, "url must be a full https:// address"],
    [{ currency: "XYZ" }, "currency must be an ISO 4217"],
    [{ currency: "" }, "currency is required when a salary is given"],
    [{ salary_min: "70000", salary_max: "60000" }, "salary_max must not be below salary_min"],
    [{ salary_min: "-5" }, "salary_min cannot be negative"],
    [{ salary_min: "lots" }, "salary_min must be a whole number"],
    [{ salary_max: "12.5" }, "salary_max must be a whole number"],
    [{ posted_on: "01/11/2026" }, "posted_on must be a date written YYYY-MM-DD"],
    [{ posted_on: "2026-02-30" }, "posted_on is not a real calendar date"],
    [{ posted_on: "" }, "posted_on is required"],
    [{ closes_on: "2026-10-01" }, "closes_on must not be before posted_on"],
    [{ remote: "sometimes" }, "remote must be true or false"],
  ])("rejects %j with %j", (change, reason) => {
    const { rejected } = validatePostingRows([{ rowNumber: 2, values: { ...good, ...change } }]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reasons.join(" | ")).toContain(reason);
  });

  it("lets salary and currency be left out together", () => {
    const { valid } = validatePostingRows([
      { rowNumber: 2, values: { ...good, salary_min: "", salary_max: "", currency: "" } },
    ]);
    expect(valid[0].data).toMatchObject({ salary_min: undefined, salary_max: undefined, currency: undefined });
  });

  it("reports an external_id repeated in the same file against the later row", () => {
    const { valid, rejected } = validatePostingRows([
      { rowNumber: 2, values: good },
      { rowNumber: 3, values: { ...good, title: "Other" } },
    ]);
    expect(valid.map((v) => v.rowNumber)).toEqual([2]);
    expect(rejected).toEqual([{ rowNumber: 3, externalId: "ACME-1", reasons: ["external_id repeats row 2"] }]);
  });
});

describe("reading a whole file", () => {
  const header =
    "external_id,title,employer,location,remote,salary_min,salary_max,currency,skills,certification,url,posted_on,closes_on";

  it("numbers CSV rows by their line in the file", () => {
    const csv = `${header}\r\nA-1,Admin,Contoso,Leeds,no,1,2,GBP,Storage,,https://x.example/1,2026-11-01,\r\n\r\nA-2,"Dev, senior",Fabrikam,Remote,yes,,,,,,https://x.example/2,2026-11-02,\r\n`;
    const result = readPostingsFile("postings.csv", csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.rowNumber, r.values.title])).toEqual([
      [2, "Admin"],
      [4, "Dev, senior"],
    ]);
  });

  it("accepts a JSON array or an object with postings", () => {
    const list = [
      {
        external_id: "J-1",
        title: "T",
        employer: "E",
        location: "L",
        url: "https://x.example",
        posted_on: "2026-01-01",
      },
    ];
    for (const text of [JSON.stringify(list), JSON.stringify({ postings: list })]) {
      const result = readPostingsFile("feed.json", text);
      expect(result).toMatchObject({ ok: true, format: "json", rows: [{ rowNumber: 1 }] });
    }
  });

  it.each([
    ["empty.csv", "", "The file is empty."],
    ["bad.csv", `${header}\nA-1,"unclosed,Contoso`, "The CSV could not be read"],
    ["cols.csv", `${header}\nA-1,too,few`, "The CSV could not be read"],
    ["unknown.csv", `${header},salry\n`, "Unknown column: salry"],
    ["missing.csv", "title,employer\nT,E\n", "Missing required columns: external_id, location, url, posted_on"],
    ["header-only.csv", `${header}\n`, "no postings"],
    ["bad.json", "[{", "The JSON could not be read"],
    ["shape.json", '{"jobs": []}', 'must be an array of postings, or an object with a "postings" array'],
    ["items.json", "[1, 2]", "must be an object of named fields"],
    ["fields.json", '[{"external_id": "x", "wage": 1}]', "Unknown field: wage"],
  ])("refuses %s as a whole", (name, text, error) => {
    const result = readPostingsFile(name, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });

  it("caps the size and the number of rows with a clear message", () => {
    const big = "x".repeat(POSTINGS_IMPORT_MAX_BYTES + 1);
    expect(readPostingsFile("big.csv", big)).toMatchObject({ ok: false, error: expect.stringContaining("at most") });
    const line = "A,T,E,L,https://x.example,2026-01-01";
    const many = [
      "external_id,title,employer,location,url,posted_on",
      ...Array.from({ length: POSTINGS_IMPORT_MAX_ROWS + 1 }, (_, i) => line.replace("A", `A${i}`)),
    ].join("\n");
    expect(readPostingsFile("many.csv", many)).toMatchObject({
      ok: false,
      error: expect.stringContaining(`at most ${POSTINGS_IMPORT_MAX_ROWS}`),
    });
    const rowsJson = JSON.stringify(Array.from({ length: POSTINGS_IMPORT_MAX_ROWS + 1 }, () => ({})));
    expect(readPostingsFile("many.json", rowsJson)).toMatchObject({
      ok: false,
      error: expect.stringContaining("Split it"),
    });
  });

  it("refuses bytes that are not UTF-8", () => {
    expect(readPostingsFile("latin1.csv", new Uint8Array([0x74, 0xe9, 0xff]))).toMatchObject({
      ok: false,
      error: expect.stringContaining("UTF-8"),
    });
  });
});

describe("filters from the URL", () => {
  it.each([
    [{}, { remote: false }],
    [
      { location: "  London ", remote: "1" },
      { location: "London", remote: true },
    ],
    [
      { minSalary: "50000", currency: "eur" },
      { remote: false, minSalary: 50_000, currency: "EUR" },
    ],
    [{ location: "", minSalary: "", currency: "" }, { remote: false }],
    [{ remote: ["1", "0"] }, { remote: true }],
  ])("%j reads as %j", (params, expected) => {
    expect(parsePostingFilters(params)).toEqual({ filters: expected, errors: [] });
  });

  it.each([
    [{ minSalary: "50000" }, "Choose the currency of the minimum salary"],
    [{ minSalary: "abc", currency: "GBP" }, "Minimum salary: enter a whole number"],
    [{ currency: "ZZZ" }, "ISO 4217"],
    [{ location: "x".repeat(101) }, "Location: use at most 100 characters"],
  ])("%j is reported and ignored", (params, error) => {
    const result = parsePostingFilters(params);
    expect(result.filters).toEqual({ remote: false });
    expect(result.errors.join(" ")).toContain(error);
  });
});

describe("where closing a posting returns to", () => {
  it.each([
    ["/admin/postings?status=all&q=x&page=2", "/admin/postings?status=all&q=x&page=2"],
    ["/admin/postings", "/admin/postings"],
    ["https://evil.example/admin/postings", "/admin/postings"],
    ["//evil.example", "/admin/postings"],
    ["/admin/skills", "/admin/postings"],
  ])("%j goes back to %j", (back, expected) => {
    expect(closePostingSchema.parse({ postingId: "p1", back }).back).toBe(expected);
  });
});
