import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn, uniqueEmail } from "./support/session";

const ADMIN_PAGES = [
  "/admin",
  "/admin/catalogue",
  "/admin/catalogue/exams/new",
  "/admin/catalogue/certifications/new",
  "/admin/templates",
  "/admin/templates/new",
  "/admin/imports",
  "/admin/issuance",
  "/admin/outbox",
  "/admin/outbox/previews",
];

async function openFirst(page: Page, list: string, link: RegExp) {
  await page.goto(list);
  await page.getByRole("main").getByRole("link", { name: link }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test("[ADMIN] every admin page passes an accessibility scan", async ({ page }) => {
  // Thirteen scans: on a busy two-core machine each takes several seconds (the support console's scan allows as much).
  test.setTimeout(120_000);
  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/admin$/);
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  await openFirst(page, "/admin/catalogue", /^AZ-104$/);
  await expectAccessible(page);
  await openFirst(page, "/admin/catalogue", /^CLOUD-FUNDAMENTALS$/i);
  await expectAccessible(page);
  await openFirst(page, "/admin/templates", /Certified/);
  await expect(page.getByTestId("badge-preview").getByRole("img")).toBeVisible();
  await expectAccessible(page);
});

test("[ADMIN] imports a CSV and watches its progress to the report", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const stamp = Date.now().toString(36);
  const known = DEMO.candidate;
  const rows = [
    "email,name,exam_code,date,score,pass,channel,source_record_id",
    `${known},Demo Candidate,AZ-700,2025-06-01,820,true,ONLINE,e2e-${stamp}-1`,
    `${uniqueEmail("walkin")},Walk In,AZ-900,2025-06-02,760,true,TEST_CENTER,e2e-${stamp}-2`,
    `${known},Demo Candidate,NOT-AN-EXAM,2025-06-01,820,true,ONLINE,e2e-${stamp}-3`,
    `${known},Demo Candidate,AZ-500,01/06/2025,820,true,ONLINE,e2e-${stamp}-4`,
  ];
  await page.goto("/admin/imports");
  await page
    .getByLabel("Exam results file (CSV)")
    .setInputFiles({ name: "partner.csv", mimeType: "text/csv", buffer: Buffer.from(`${rows.join("\n")}\n`) });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page).toHaveURL(/\/admin\/imports\/[^/]+$/);
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expect(page.getByTestId("import-progress-text")).toHaveText("4 of 4 rows processed", { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Report" })).toBeVisible();
  await expect(page.getByText("Rows accepted").locator("..")).toContainText("2");
  await expect(page.getByText("Rows rejected").locator("..").first()).toContainText("2");
  const rejected = page.getByRole("table");
  await expect(rejected).toContainText("no exam has the code NOT-AN-EXAM");
  await expect(rejected.getByRole("row", { name: /^5 date:/ })).toBeVisible();
  await expectAccessible(page);
});

test("[ADMIN] a malformed file is refused whole with a clear message", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/imports");
  await page.getByLabel("Exam results file (CSV)").setInputFiles({
    name: "wrong.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("mail,exam\na@example.com,AZ-900\n"),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page.getByText(/The first row must name exactly these columns/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/imports$/);
  await expect(page.getByLabel("Exam results file (CSV)")).toHaveAttribute("aria-invalid", "true");
});

test("[ADMIN] a code already in use is refused on the field", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/catalogue/exams/new");
  await page.getByLabel("Code").fill("az-900");
  await page.getByLabel("Title").fill("A duplicate exam");
  await page.getByRole("button", { name: "Create exam" }).click();
  await expect(page.getByText("AZ-900 is already in use: choose another code.")).toBeVisible();
  await expect(page.getByLabel("Code")).toHaveAttribute("aria-invalid", "true");
});

for (const who of ["support", "candidate"] as const) {
  test(`[${who.toUpperCase()}] is kept out of every admin page and the import route`, async ({ page }) => {
    await signIn(page, DEMO[who]);
    const home = who === "support" ? /\/support$/ : /\/dashboard$/;
    await expect(page).toHaveURL(home);
    for (const path of [...ADMIN_PAGES, "/admin/imports/some-id", "/admin/catalogue/exams/some-id"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(home);
    }
    const routes = [
      page.request.post("/api/imports/exam-results", { data: [{ email: "a@example.com" }] }),
      page.request.get("/api/imports/exam-results/some-id"),
      page.request.get("/admin/outbox/previews/sign-in"),
      page.request.get("/admin/templates/some-id/image"),
    ];
    for (const response of await Promise.all(routes)) expect(response.status(), response.url()).toBe(403);
  });
}

test("[ANONYMOUS] the import route and admin routes ask for credentials", async ({ request }) => {
  expect((await request.post("/api/imports/exam-results", { data: [] })).status()).toBe(401);
  expect(
    (
      await request.post("/api/imports/exam-results", {
        data: [],
        headers: { authorization: "Bearer not-the-token-not-the-token-not-the-token" },
      })
    ).status(),
  ).toBe(401);
  expect((await request.get("/admin/outbox/previews/sign-in")).status()).toBe(401);
});
