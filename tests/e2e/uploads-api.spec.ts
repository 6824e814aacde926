import { expect, test } from "@playwright/test";
import { IMPORT_MAX_BYTES } from "@/lib/validation/imports";
import { chunked, multipart, rawRequest } from "./support/raw-http";
import { importsNamed } from "./support/upload-records";
import {
  API,
  type AdminSession,
  adminPage,
  adminSession,
  csvOfSize,
  PORT,
  resultsCsv,
  settle,
  stamp,
} from "./support/uploads";

// The import API (raw CSV, JSON, multipart): it takes the whole body or refuses it, naming its limit, and a refused
// upload leaves nothing behind. The upload forms are in uploads.spec.ts.

let session: AdminSession;

test.beforeAll(async ({ browser }) => {
  session = await adminSession(browser);
});

test.describe("the import API", () => {
  test("[ADMIN] takes an 11 MB CSV whole: every one of its 110,000 rows is counted", async ({ browser }) => {
    // Tens of megabytes through a shared machine: more time than a page test, not more work.
    test.slow();
    const { context, page } = await adminPage(browser, session);
    const csv = resultsCsv(110_000);
    // Past the 10 MB that Next.js passes through its proxy: the size that was cut short.
    expect(csv.length).toBeGreaterThan(10.5 * 1024 * 1024);
    const filename = `whole-${stamp()}.csv`;
    const response = await page.request.post(`${API}?filename=${filename}`, {
      headers: { "content-type": "text/csv" },
      data: csv,
    });
    expect(response.status()).toBe(202);
    expect(await response.json()).toMatchObject({ totalRows: 110_000 });
    expect(await importsNamed(filename)).toEqual([expect.objectContaining({ totalRows: 110_000, bytes: csv.length })]);
    await context.close();
  });

  test("[ADMIN] answers 413 naming the limit for a body just over 50 MB, declared or not, and stores nothing", async () => {
    test.slow();
    const over = csvOfSize(IMPORT_MAX_BYTES + 1);
    const filename = `over-${stamp()}.csv`;
    const file = multipart([{ name: "file", filename, type: "text/csv", bytes: over }]);
    const cases: { name: string; headers: Record<string, string | number>; body: Buffer }[] = [
      {
        name: "raw CSV with its length",
        headers: { "content-type": "text/csv", "content-length": over.length },
        body: over,
      },
      {
        name: "raw CSV sent in chunks",
        headers: { "content-type": "text/csv", "transfer-encoding": "chunked" },
        body: chunked(over),
      },
      {
        name: "a multipart upload",
        headers: { "content-type": file.contentType, "content-length": file.body.length },
        body: file.body,
      },
      {
        name: "a multipart upload sent in chunks",
        headers: { "content-type": file.contentType, "transfer-encoding": "chunked" },
        body: chunked(file.body),
      },
    ];
    for (const c of cases) {
      const answer = await rawRequest(PORT, {
        path: `${API}?filename=${filename}`,
        headers: { cookie: session.cookie, ...c.headers },
        body: c.body,
      });
      expect(answer.status, c.name).toBe(413);
      expect(answer.text, c.name).toContain("50 MB");
    }
    await settle();
    expect(await importsNamed(filename)).toEqual([]);
  });

  test("[ADMIN] refuses a body whose Content-Length is shorter or longer than what was sent, and stores nothing", async () => {
    const csv = resultsCsv(40);
    const filename = `lying-${stamp()}.csv`;
    const file = multipart([{ name: "file", filename, type: "text/csv", bytes: csv }]);
    const cases = [
      // Declares less than it sends: the server reads only the declared bytes, a CSV cut in its last row.
      { name: "raw, declared shorter", type: "text/csv", body: csv, declared: csv.length - 30, end: false },
      // Declares more than it sends, then gives up.
      { name: "raw, declared longer", type: "text/csv", body: csv, declared: csv.length + 500, end: true },
      {
        name: "multipart, declared shorter",
        type: file.contentType,
        body: file.body,
        declared: file.body.length - 30,
        end: false,
      },
      {
        name: "multipart, declared longer",
        type: file.contentType,
        body: file.body,
        declared: file.body.length + 500,
        end: true,
      },
    ];
    for (const c of cases) {
      const answer = await rawRequest(PORT, {
        path: `${API}?filename=${filename}`,
        headers: { cookie: session.cookie, "content-type": c.type, "content-length": c.declared },
        body: c.body,
        end: c.end,
      });
      expect(answer.status ?? 400, c.name).toBeGreaterThanOrEqual(400);
      expect(answer.status ?? 400, c.name).toBeLessThan(500);
    }
    await settle();
    expect(await importsNamed(filename)).toEqual([]);
    // The same bytes, told truthfully, are taken: the refusals above were about the lie and nothing else.
    const truthful = await rawRequest(PORT, {
      path: `${API}?filename=${filename}`,
      headers: { cookie: session.cookie, "content-type": "text/csv", "content-length": csv.length },
      body: csv,
    });
    expect(truthful.status).toBe(202);
    expect(await importsNamed(filename)).toEqual([expect.objectContaining({ totalRows: 40, bytes: csv.length })]);
  });

  test("[ADMIN] refuses a session request from an opaque or malformed Origin with 403 and a message", async ({
    browser,
  }) => {
    const { context, page } = await adminPage(browser, session);
    const filename = `origin-${stamp()}.csv`;
    for (const origin of ["null", "garbage", "http://", "https://evil.example"]) {
      const response = await page.request.post(`${API}?filename=${filename}`, {
        headers: { "content-type": "text/csv", origin },
        data: resultsCsv(2),
      });
      expect(response.status(), origin).toBe(403);
      expect(((await response.json()) as { error: string }).error, origin).toMatch(/origin|cross-site/i);
    }
    expect(await importsNamed(filename)).toEqual([]);
    await context.close();
  });
});
