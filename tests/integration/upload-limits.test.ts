import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer, type Viewer } from "@/lib/session";
import { initialActionState } from "@/lib/forms/form-state";
import { POST } from "@/app/api/imports/exam-results/route";
import { GET } from "@/app/api/imports/exam-results/[id]/route";
import { uploadTemplateImageAction } from "@/lib/admin/templates/actions/upload-template-image";
import { importPostingsAction } from "@/lib/admin/postings/actions/import-postings";
import { IMPORT_MAX_BYTES } from "@/lib/validation/imports";
import { TEMPLATE_IMAGE_MAX_BYTES } from "@/lib/validation/catalogue";
import { POSTINGS_IMPORT_MAX_BYTES } from "@/lib/validation/posting";
import { makeStaff, viewerOf } from "../support/factories";
import { csvOf, importCatalogue, row } from "./admin-fixtures";

// Every upload path, called as a forged request would call it (no browser-side check in front): a file one byte
// over its limit is refused with the limit in the message, a body that did not arrive as declared is refused, and
// nothing is stored by any of them. The browser tests (tests/e2e/uploads.spec.ts) repeat this against the
// production server, where a proxy or a socket can cut a body short.

const URL_ = "http://localhost:3000/api/imports/exam-results";
let admin: Viewer;

beforeAll(async () => {
  admin = viewerOf(await makeStaff("ADMIN"));
});

/** A CSV of exactly `bytes` bytes: valid rows (long enough to stay under the row limit), the last one cut short. */
function csvOfSize(bytes: number, exam: string) {
  const line = `${csvOf([row("someone@example.com", exam, { name: "n".repeat(150) })]).split("\n")[1]}\n`;
  const header = `${csvOf([]).trimEnd()}\n`;
  return Buffer.from(header + line.repeat(Math.ceil(bytes / line.length))).subarray(0, bytes);
}

function post(body: BodyInit | ReadableStream, headers: Record<string, string>) {
  return runAsViewer(admin, () =>
    POST(
      new Request(URL_, {
        method: "POST",
        body,
        headers: { host: "localhost:3000", ...headers },
        duplex: "half",
      } as RequestInit),
    ),
  );
}

/** A stream of the bytes in 1 MB pieces, declaring no length: only counting can tell its size. */
function streamOf(bytes: Buffer) {
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + 1024 * 1024));
      at += 1024 * 1024;
    },
  });
}

async function refused(response: Response, status: number, text: string | RegExp) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: string };
  expect(body.error).toMatch(text);
  return body;
}

describe("the import API", () => {
  it("refuses a body one byte over 50 MB with 413 naming the limit, however it is sent, and stores nothing", async () => {
    const { exams } = await importCatalogue();
    const over = csvOfSize(IMPORT_MAX_BYTES + 1, exams.one.code);
    const before = await db.importBatch.count();
    const declared = await post(over, { "content-type": "text/csv", "content-length": String(over.length) });
    // The rest of the body is never read: the connection closes rather than wait for it.
    expect(declared.headers.get("connection")).toBe("close");
    await refused(declared, 413, "at most 50 MB");
    await refused(await post(streamOf(over), { "content-type": "text/csv" }), 413, "at most 50 MB");
    const form = new FormData();
    form.append("file", new File([over], "big.csv", { type: "text/csv" }));
    await refused(await post(form, {}), 413, "at most 50 MB");
    expect(await db.importBatch.count()).toBe(before);
  });

  it("takes a file of exactly 50 MB", async () => {
    const { exams } = await importCatalogue();
    const exact = csvOfSize(IMPORT_MAX_BYTES, exams.one.code);
    const form = new FormData();
    form.append("file", new File([exact], "exact.csv", { type: "text/csv" }));
    const response = await post(form, {});
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect((await db.importBatch.findUniqueOrThrow({ where: { id }, omit: { content: false } })).content.length).toBe(
      IMPORT_MAX_BYTES,
    );
  });

  it("refuses a body whose length differs from its Content-Length, and stores nothing", async () => {
    const { exams } = await importCatalogue();
    const csv = Buffer.from(csvOf([row("a@example.com", exams.one.code), row("b@example.com", exams.one.code)]));
    const before = await db.importBatch.count();
    // What a proxy passing on only a prefix produced: fewer bytes than declared, a valid CSV cut in its last row.
    await refused(
      await post(streamOf(csv.subarray(0, csv.length - 20)), {
        "content-type": "text/csv",
        "content-length": String(csv.length),
      }),
      400,
      /Content-Length says/,
    );
    await refused(
      await post(streamOf(csv), { "content-type": "text/csv", "content-length": String(csv.length - 20) }),
      400,
      /Content-Length says/,
    );
    await refused(
      await post(streamOf(csv), { "content-type": "text/csv", "content-length": "12abc" }),
      400,
      /Content-Length/,
    );
    expect(await db.importBatch.count()).toBe(before);
  });

  it("stores nothing for a client that hung up before the import was stored", async () => {
    const { exams } = await importCatalogue();
    const before = await db.importBatch.count();
    const gone = new AbortController();
    gone.abort();
    const request = new Request(URL_, {
      method: "POST",
      body: csvOf([row("a@example.com", exams.one.code)]),
      headers: { "content-type": "text/csv" },
      signal: gone.signal,
    });
    const response = await runAsViewer(admin, () => POST(request));
    expect(response.status).toBe(400);
    expect(await db.importBatch.count()).toBe(before);
  });

  it.each([
    ["null", /opaque origin/],
    ["garbage", /not a web origin/],
    ["", /not a web origin/],
    ["http://", /not a web origin/],
    ["javascript:alert(1)", /not a web origin/],
    ["https://localhost:3000/path", /not a web origin/],
    ["https://evil.example", /Cross-site/],
  ])("refuses a session request from Origin %j with 403 and a message", async (origin, message) => {
    const before = await db.importBatch.count();
    await refused(await post("email\n", { "content-type": "text/csv", origin }), 403, message);
    expect(await db.importBatch.count()).toBe(before);
  });

  it("refuses a file name with control characters, naming the problem", async () => {
    const { exams } = await importCatalogue();
    const csv = csvOf([row("a@example.com", exams.one.code)]);
    const response = await runAsViewer(admin, () =>
      POST(
        new Request(`${URL_}?filename=${encodeURIComponent("a\u0007b.csv")}`, {
          method: "POST",
          body: csv,
          headers: { "content-type": "text/csv" },
        }),
      ),
    );
    await refused(response, 422, "The file name contains a control character (U+0007)");
  });

  it("sets its own security headers, being outside the proxy", async () => {
    for (const response of [
      await post("x", { "content-type": "text/csv", origin: "null" }),
      await runAsViewer(admin, () => GET(new Request(`${URL_}/nope`), { params: Promise.resolve({ id: "nope" }) })),
    ]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });
});

describe("the server-action uploads, forged past their forms", () => {
  it("refuses badge artwork one byte over 1 MB with the limit in the message, and keeps the old artwork", async () => {
    const template = await db.badgeTemplate.create({
      data: { slug: `limit-${Date.now()}`, name: "Limit", description: "d", criteria: "c" },
    });
    const form = new FormData();
    form.append("id", template.id);
    form.append(
      "image",
      new File([Buffer.alloc(TEMPLATE_IMAGE_MAX_BYTES + 1, " ")], "art.svg", { type: "image/svg+xml" }),
    );
    const state = await runAsViewer(admin, () => uploadTemplateImageAction(initialActionState, form));
    expect(state).toMatchObject({
      ok: false,
      message: expect.stringContaining("at most 1 MB"),
      fieldErrors: { image: [expect.stringContaining("at most 1 MB")] },
    });
    expect(await db.badgeImage.count({ where: { templateId: template.id } })).toBe(0);

    const empty = new FormData();
    empty.append("id", template.id);
    empty.append("image", new File([], ""));
    expect(await runAsViewer(admin, () => uploadTemplateImageAction(initialActionState, empty))).toMatchObject({
      ok: false,
      message: "Choose an SVG or PNG file.",
    });
  });

  it("refuses a postings file one byte over 900 KB with the limit in the message, and imports nothing", async () => {
    const before = await db.jobPosting.count();
    const form = new FormData();
    const head = "external_id,title,employer,location,url,posted_on\nLIM-1,T,E,L,https://jobs.example/1,2025-01-01\n";
    form.append(
      "file",
      new File([head + "x".repeat(POSTINGS_IMPORT_MAX_BYTES + 1 - head.length)], "postings.csv", { type: "text/csv" }),
    );
    const state = await runAsViewer(admin, () => importPostingsAction({ ok: false }, form));
    expect(state).toMatchObject({ ok: false, message: expect.stringContaining("at most 900 KB") });
    expect(await db.jobPosting.count()).toBe(before);
  });
});
