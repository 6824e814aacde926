import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support/session";

test("[CANDIDATE] opens Opportunities, filters to remote and sees why a posting matches", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Opportunities" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opportunities" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /matching postings/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Your skills" })).toContainText("Cloud administration");
  // Salary insight for a certification the demo candidate holds
  await expect(page.getByRole("heading", { level: 3, name: "Certified: Cloud Administrator Associate" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: /Salaries for Certified: Cloud Administrator Associate/ }),
  ).toContainText("GBP");
  await expectAccessible(page);

  await page.getByLabel("Remote only").check();
  await page.getByRole("button", { name: "Show postings" }).click();
  await expect(page).toHaveURL(/remote=1/);
  await expect(page.getByLabel("Remote only")).toBeChecked();
  const postings = page.getByTestId("posting");
  await expect(postings.first()).toBeVisible();
  const count = await postings.count();
  for (let i = 0; i < count; i++) await expect(postings.nth(i)).toContainText("Work: Remote");
  const why = postings.first().getByTestId("why");
  await expect(why).toContainText("Why this matches");
  await expect(why).toContainText(/which you hold|Skills in common/);
  await expectAccessible(page);

  // A filter that cannot be understood is explained, not a crash.
  await page.goto("/opportunities?minSalary=50000");
  await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toContainText(
    "Choose the currency of the minimum salary",
  );
});

test("[ADMIN] imports a postings CSV, sees the rejected row, finds and closes the new posting", async ({ page }) => {
  const id = `E2E-${Date.now().toString(36)}`;
  const today = new Date().toISOString().slice(0, 10);
  const csv = [
    "external_id,title,employer,location,remote,salary_min,salary_max,currency,skills,certification,url,posted_on,closes_on",
    `${id}-1,Playwright Cloud Admin,Contoso,"Remote, United Kingdom",yes,50000,65000,GBP,Cloud administration; Storage,CLOUD-ADMINISTRATOR,https://careers.contoso.example/jobs/${id},${today},`,
    `${id}-2,Insecure link,Contoso,Leeds,no,,,,Storage,,http://careers.contoso.example/jobs/x,${today},`,
  ].join("\n");

  await signIn(page, DEMO.admin);
  await page.goto("/admin/postings");
  await expect(page.getByRole("heading", { level: 1, name: "Job postings" })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByLabel("Postings file (CSV or JSON)")
    .setInputFiles({ name: "postings.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import postings" }).click();
  await expect(page.getByText("1 added, 0 updated, 1 rejected (of 2 rows).")).toBeVisible();
  const rejected = page.getByRole("table", { name: "Rows not imported" });
  await expect(rejected).toContainText(`${id}-2`);
  await expect(rejected).toContainText("url must be a full https:// address");
  await expectAccessible(page);

  await page.getByLabel("Search title, employer, location or id").fill(id);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "Playwright Cloud Admin" })).toBeVisible();
  await page.getByRole("button", { name: "Close “Playwright Cloud Admin”" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Closed “Playwright Cloud Admin”." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Playwright Cloud Admin" })).toHaveCount(0);
  await page.getByLabel("Show").selectOption("closed");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "Playwright Cloud Admin" })).toBeVisible();
});

test("[ADMIN] adds a skill and sees where skills are used", async ({ page }) => {
  const name = `Chaos engineering ${Date.now().toString(36)}`;
  await signIn(page, DEMO.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Skills" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skills" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Cloud administration/ }).first()).toContainText("AZ-104");
  await expectAccessible(page);
  await page.getByLabel("Skill name").fill(name);
  await page.getByRole("button", { name: "Add skill" }).click();
  await expect(page.getByText(`Added “${name}”.`)).toBeVisible();
  await expect(page.getByRole("rowheader", { name: new RegExp(name) })).toContainText("Not used anywhere");
});

test("[CANDIDATE] cannot reach the postings or skills administration", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  for (const path of ["/admin/postings", "/admin/skills"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
  const sample = await page.request.get("/admin/postings/sample.csv");
  expect(sample.status()).toBe(403);
});
