import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support/session";
import { pdfText } from "../support/pdf-text";

test("[CANDIDATE] reads the transcript: active, inactive and every exam including failed ones", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  await page.goto("/transcript");
  await expect(page.getByRole("heading", { name: "Transcript", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Active certifications/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Inactive certifications/ })).toBeVisible();
  await expect(page.getByText("Renew now").first()).toBeVisible();
  await expect(page.getByText("Retired (legacy)").first()).toBeVisible();
  await expect(page.getByTestId("exam-row").filter({ hasText: "Failed" })).not.toHaveCount(0);
  await expect(page.getByTestId("exam-row").filter({ hasText: "(retired" })).not.toHaveCount(0);
  await expectAccessible(page);
});

test("[CANDIDATE] downloads the transcript PDF and it says what the page says", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  await page.goto("/transcript");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^transcript-\d{10}\.pdf$/);
  const text = (await pdfText(await readFile((await download.path())!))).join("\n");
  expect(text).toContain("Certification transcript");
  expect(text).toContain("Lucía Fernández");
  expect(text).toContain("Active certifications");
  expect(text).toContain("Exam history");
  expect(text).toMatch(/Renewal window open: renew before/);
  expect(text).toMatch(/AZ-104 .* Failed · score 655/);
});

test("[CANDIDATE] downloads a certificate whose QR code leads to a public verification page", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.candidate);
  await page.goto("/transcript");
  const first = page.getByTestId("certification").first();
  const number = (await first.locator(".font-mono").first().textContent())!.trim();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    first.getByRole("link", { name: /Certificate \(PDF\)/ }).click(),
  ]);
  const [text] = await pdfText(await readFile((await download.path())!));
  expect(text).toContain("Certificate of Achievement");
  expect(text).toContain(number);
  const verifyUrl = /Verify at (\S+)/.exec(text)![1];

  const visitor = await browser.newContext();
  const v = await visitor.newPage();
  await v.goto(verifyUrl);
  await expect(v.getByTestId("verdict")).toHaveText(/Valid certificate|Expired certificate|Retired certification/);
  await expect(v.getByText("Lucía Fernández")).toBeVisible();
  await expect(v.getByText(DEMO.candidate)).toHaveCount(0);
  await expectAccessible(v);
  await v.goto("/certificates/CN-0000000000");
  await expect(v.getByRole("heading", { name: "Certificate not found" })).toBeVisible();
  await visitor.close();
});

test("[CANDIDATE] shares the transcript; a visitor needs the access code, and a revoked link shows nothing", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.candidate);
  await page.goto("/transcript/share");
  await expectAccessible(page);
  const label = `Recruiter ${Date.now()}`;
  await page.getByLabel("Label (optional)").fill(label);
  await page.getByLabel("Include my exam history").uncheck();
  await page.getByRole("button", { name: "Create share link" }).click();
  await expect(page.getByTestId("new-share")).toBeVisible();
  const url = (await page.getByTestId("share-url").textContent())!.trim();
  const code = (await page.getByTestId("share-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  const visitor = await browser.newContext();
  const v = await visitor.newPage();
  await v.goto(url);
  await expect(v.getByLabel("Access code")).toBeVisible();
  await expect(v.getByText("Lucía Fernández")).toHaveCount(0);
  await expectAccessible(v);
  await v.getByLabel("Access code").fill("AAAA-BBBB-CCCC");
  await v.getByRole("button", { name: "View transcript" }).click();
  await expect(v.getByText("That access code does not match this link.")).toBeVisible();
  await expect(v.getByText("Lucía Fernández")).toHaveCount(0);

  await v.getByLabel("Access code").fill(code.toLowerCase());
  await v.getByRole("button", { name: "View transcript" }).click();
  await expect(v.getByRole("heading", { name: "Certification transcript" })).toBeVisible();
  await expect(v.getByText("Lucía Fernández")).toBeVisible();
  await expect(v.getByRole("heading", { name: /^Active certifications/ })).toBeVisible();
  await expect(v.getByRole("heading", { name: /^Exam history/ })).toHaveCount(0);
  await expect(v.getByRole("link", { name: /Certificate \(PDF\)/ })).toHaveCount(0);
  await expectAccessible(v);

  await page.reload();
  const row = page.getByTestId("share-list").getByRole("listitem").filter({ hasText: label });
  await expect(row.getByTestId("share-views")).toContainText("Viewed 1 time");
  await row.getByRole("button", { name: `Revoke ${label}` }).click();
  // Revoking cannot be undone, so it asks first, in a modal dialog that starts on the safe choice.
  const confirm = page.getByRole("dialog", { name: `Revoke ${label}?` });
  await expect(confirm.getByRole("button", { name: "Keep the link" })).toBeFocused();
  await confirm.getByRole("button", { name: "Yes, revoke the link" }).click();
  await expect(row).toContainText("Revoked");

  const late = await browser.newContext();
  const l = await late.newPage();
  await l.goto(url);
  await expect(l.getByRole("heading", { name: "This link was revoked" })).toBeVisible();
  await expect(l.getByText("Lucía Fernández")).toHaveCount(0);
  await expectAccessible(l);
  // The visitor who had unlocked it loses access too.
  await v.reload();
  await expect(v.getByRole("heading", { name: "This link was revoked" })).toBeVisible();
  await visitor.close();
  await late.close();
});

test("[CANDIDATE] cannot download another candidate's certificate by changing the id", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  const response = await page.request.get("/transcript/certificates/not-mine-or-anyones");
  expect(response.status()).toBe(404);
});

test("[ANONYMOUS] cannot download a transcript PDF", async ({ page }) => {
  const response = await page.request.get("/transcript/pdf");
  expect(response.status()).toBe(401);
});
