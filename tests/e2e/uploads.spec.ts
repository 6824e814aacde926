import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { IMPORT_MAX_BYTES } from "@/lib/validation/imports";
import { TEMPLATE_IMAGE_MAX_BYTES } from "@/lib/validation/catalogue";
import { POSTINGS_IMPORT_MAX_BYTES } from "@/lib/validation/posting";
import { DEMO, signIn } from "./support/session";
import { chunked, multipart, rawRequest, type Part } from "./support/raw-http";
import { importsNamed, newBadgeTemplate, postingsWithIdPrefix, templateImages } from "./support/upload-records";

// Every way a file reaches the server: the import API (raw CSV, JSON, multipart), the exam-results upload form
// (which posts to that API), and the two server-action forms (badge artwork, postings). Each must take the whole
// body or refuse it, naming its limit, and a refused upload leaves nothing behind.

const PORT = Number(process.env.E2E_PORT);
const API = "/api/imports/exam-results";
const HEADER = "email,name,exam_code,date,score,pass,channel,source_record_id";
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * A valid exam-results CSV: every row a failed attempt by an address nobody has, so the import that follows stays
 * cheap (no certification, badge or mail). `pad` lengthens names and record ids to reach a size with fewer rows,
 * which spares the server's worker.
 */
function resultsCsv(rows: number, pad = 0) {
  const run = stamp();
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const k = String(i).padStart(6, "0");
    lines.push(
      `u${k}.${run}@example.com,Upload candidate ${k}${"x".repeat(pad)},AZ-900,2025-03-01,512,false,ONLINE,UP-${run}-${k}${"x".repeat(pad)}`,
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

/** A CSV of exactly `bytes` bytes: one row repeated, the last copy cut wherever the size falls. */
function csvOfSize(bytes: number) {
  const header = Buffer.from(`${HEADER}\n`);
  return Buffer.concat([
    header,
    Buffer.alloc(
      bytes - header.length,
      `u.${stamp()}@example.com,Upload candidate,AZ-900,2025-03-01,512,false,ONLINE,UP-${stamp()}\n`,
    ),
  ]);
}

/** A refusal must have finished before "nothing was stored" means anything; the server answers first, so wait. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

let session: { cookie: string; state: Awaited<ReturnType<BrowserContext["storageState"]>> };

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.admin);
  const cookies = await context.cookies();
  session = { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "), state: await context.storageState() };
  await context.close();
});

async function adminPage(browser: Browser) {
  const context = await browser.newContext({ storageState: session.state });
  return { context, page: await context.newPage() };
}

/** Records every POST the page sends, to show a refused file never left the browser. */
function watchPosts(page: Page) {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  return posts;
}

test.describe("the import API", () => {
  test("[ADMIN] takes an 11 MB CSV whole: every one of its 110,000 rows is counted", async ({ browser }) => {
    // Tens of megabytes through a shared machine: more time than a page test, not more work.
    test.slow();
    const { context, page } = await adminPage(browser);
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
    const { context, page } = await adminPage(browser);
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

test.describe("the upload forms", () => {
  test("[ADMIN] exam results: a file over 50 MB is refused before sending; an 11 MB file arrives whole", async ({
    browser,
  }) => {
    test.slow();
    const { context, page } = await adminPage(browser);
    const posts = watchPosts(page);
    await page.goto("/admin/imports");
    const form = page.locator("form", { has: page.getByLabel("Exam results file (CSV)") });

    // The file is made in the page: handing Chromium 50 MB from disk stalled for minutes on a loaded machine, and
    // the form reads only the file's size before refusing it.
    const overName = `over-${stamp()}.csv`;
    await page.getByLabel("Exam results file (CSV)").evaluate(
      (input: HTMLInputElement, { size, name }) => {
        const chosen = new DataTransfer();
        chosen.items.add(new File([new Uint8Array(size)], name, { type: "text/csv" }));
        input.files = chosen.files;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      },
      { size: IMPORT_MAX_BYTES + 1, name: overName },
    );
    await page.getByRole("button", { name: "Upload and import" }).click();
    await expect(form.getByRole("status")).toContainText("at most 50 MB");
    await expect(page.getByLabel("Exam results file (CSV)")).toHaveAttribute("aria-invalid", "true");
    expect(posts).toEqual([]);
    expect(await importsNamed(overName)).toEqual([]);

    const csv = resultsCsv(28_500, 150);
    expect(csv.length).toBeGreaterThan(10.5 * 1024 * 1024);
    const filename = `form-${stamp()}.csv`;
    await page
      .getByLabel("Exam results file (CSV)")
      .setInputFiles({ name: filename, mimeType: "text/csv", buffer: csv });
    await page.getByRole("button", { name: "Upload and import" }).click();
    await expect(page).toHaveURL(/\/admin\/imports\/[^/]+$/, { timeout: 30_000 });
    expect(await importsNamed(filename)).toEqual([expect.objectContaining({ totalRows: 28_500, bytes: csv.length })]);
    await context.close();
  });
});

/**
 * The server-action forms: the browser refuses a file over the form's limit before sending it; a forged request
 * (the action called directly, as an attacker would) is refused by the server with the same message, and so is one
 * over Next.js's own 2 MB action limit or with a lying Content-Length; none of them stores anything. `stored`
 * fingerprints what the form keeps, so a refused upload that replaced artwork would show too.
 */
const actionForms = [
  {
    name: "badge artwork",
    limit: TEMPLATE_IMAGE_MAX_BYTES,
    limitText: "1 MB",
    async open(page: Page) {
      const template = await newBadgeTemplate();
      await page.goto(`/admin/templates/${template.id}`);
      return {
        label: "Badge image",
        submit: "Upload image",
        file: (bytes: Buffer) => ({ name: "art.svg", mimeType: "image/svg+xml", buffer: bytes }),
        ofSize: (size: number) => svgOfSize(size),
        goodMessage: /uploaded/,
        stored: () => templateImages(template.id),
      };
    },
  },
  {
    name: "postings",
    limit: POSTINGS_IMPORT_MAX_BYTES,
    limitText: "900 KB",
    async open(page: Page) {
      const prefix = `UPL-${stamp()}`;
      await page.goto("/admin/postings");
      return {
        label: "Postings file (CSV or JSON)",
        submit: "Import postings",
        file: (bytes: Buffer) => ({ name: "postings.csv", mimeType: "text/csv", buffer: bytes }),
        ofSize: (size: number) => postingsOfSize(prefix, size),
        goodMessage: /1 added/,
        stored: async () => String(await postingsWithIdPrefix(prefix)),
      };
    },
  },
];

function svgOfSize(bytes: number) {
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><circle cx="300" cy="300" r="250" fill="#1d4ed8"/><!-- ${stamp()} `;
  const close = "--></svg>";
  return Buffer.from(open + "x".repeat(Math.max(0, bytes - open.length - close.length)) + close);
}

/** One valid posting with a fresh id; past a few hundred bytes, a second row pads the file to the size. */
function postingsOfSize(prefix: string, bytes: number) {
  const id = `${prefix}-${stamp()}`;
  const head = `external_id,title,employer,location,url,posted_on\n${id},Upload test,Contoso,Leeds,https://jobs.example/${id},2025-01-01\n`;
  const pad = bytes - head.length - 80;
  return Buffer.from(
    pad > 0 ? `${head}${id}-pad,${"x".repeat(pad)},Contoso,Leeds,https://jobs.example/pad,2025-01-01\n` : head,
  );
}

type Captured = { action: string; fields: ({ name: string; value: string } | { name: string; file: true })[] };

/** The fields a server-action form sends, captured from a genuine submission, the file's field marked. */
async function captureAction(page: Page, submit: () => Promise<void>): Promise<Captured> {
  await page.evaluate(() => {
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.body instanceof FormData) {
        (window as unknown as { captured: Captured }).captured = {
          action: new Headers(init.headers).get("next-action") ?? "",
          fields: [...init.body.entries()].map(([name, value]) =>
            typeof value === "string" ? { name, value } : { name, file: true as const },
          ),
        };
      }
      return original(input, init);
    };
  });
  await submit();
  await expect
    .poll(() => page.evaluate(() => Boolean((window as unknown as { captured?: Captured }).captured)))
    .toBe(true);
  return page.evaluate(() => (window as unknown as { captured: Captured }).captured);
}

for (const form of actionForms) {
  test(`[ADMIN] ${form.name}: a file over ${form.limitText} is refused before sending and when forged; nothing is stored`, async ({
    browser,
  }) => {
    const { context, page } = await adminPage(browser);
    const posts = watchPosts(page);
    const f = await form.open(page);
    const region = page.locator("form", { has: page.getByLabel(f.label) }).getByRole("status");
    const nothing = await f.stored();

    await page.getByLabel(f.label).setInputFiles(f.file(f.ofSize(form.limit + 1)));
    await page.getByRole("button", { name: f.submit }).click();
    await expect(region).toContainText(`at most ${form.limitText}`);
    expect(posts).toEqual([]);
    expect(await f.stored()).toBe(nothing);

    // Right: a small file goes through, and its request is the pattern for the forged ones.
    await page.getByLabel(f.label).setInputFiles(f.file(f.ofSize(2_000)));
    const captured = await captureAction(page, () => page.getByRole("button", { name: f.submit }).click());
    await expect(region).toContainText(f.goodMessage);
    const kept = await f.stored();
    expect(kept).not.toBe(nothing);

    const forge = (bytes: Buffer, lie?: "shorter" | "longer") => {
      const { contentType, body } = multipart(
        captured.fields.map(
          (field): Part =>
            "file" in field
              ? { name: field.name, filename: f.file(bytes).name, type: f.file(bytes).mimeType, bytes }
              : field,
        ),
      );
      return rawRequest(PORT, {
        path: new URL(page.url()).pathname,
        headers: {
          cookie: session.cookie,
          origin: `http://localhost:${PORT}`,
          accept: "text/x-component",
          "next-action": captured.action,
          "content-type": contentType,
          "content-length": body.length + (lie === "shorter" ? -30 : lie === "longer" ? 5000 : 0),
        },
        body,
        end: lie === "longer",
      });
    };
    // Over the form's limit, under Next.js's: the action itself refuses it, in words.
    expect((await forge(f.ofSize(form.limit + 1))).text).toContain(`at most ${form.limitText}`);
    // Over Next.js's 2 MB action limit: refused before the action runs.
    expect((await forge(f.ofSize(2 * 1024 * 1024 + 1))).status).toBeGreaterThanOrEqual(400);
    // A good file behind a lying Content-Length, either way.
    for (const lie of ["shorter", "longer"] as const)
      expect((await forge(f.ofSize(2_000), lie)).status ?? 400, lie).toBeGreaterThanOrEqual(400);
    await settle();
    expect(await f.stored()).toBe(kept);
    await context.close();
  });
}
