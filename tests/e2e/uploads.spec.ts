import { expect, test, type Page } from "@playwright/test";
import { IMPORT_MAX_BYTES } from "@/lib/validation/imports";
import { TEMPLATE_IMAGE_MAX_BYTES } from "@/lib/validation/catalogue";
import { POSTINGS_IMPORT_MAX_BYTES } from "@/lib/validation/posting";
import { multipart, rawRequest, type Part } from "./support/raw-http";
import { importsNamed, newBadgeTemplate, postingsWithIdPrefix, templateImages } from "./support/upload-records";
import {
  type AdminSession,
  adminPage,
  adminSession,
  PORT,
  resultsCsv,
  settle,
  stamp,
  watchPosts,
} from "./support/uploads";

// The upload forms: exam results (which post to the import API) and the two server-action forms (badge artwork,
// postings). The import API itself is in uploads-api.spec.ts.

let session: AdminSession;

test.beforeAll(async ({ browser }) => {
  session = await adminSession(browser);
});

test.describe("the upload forms", () => {
  test("[ADMIN] exam results: a file over 50 MB is refused before sending; an 11 MB file arrives whole", async ({
    browser,
  }) => {
    test.slow();
    const { context, page } = await adminPage(browser, session);
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
    const { context, page } = await adminPage(browser, session);
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
