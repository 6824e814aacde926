import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, openLatestMail, signIn, uniqueEmail } from "./support/session";

test("[VISITOR] lands on a page that says what certdash is", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("certifications");
  await expectAccessible(page);
});

test("[VISITOR] signs in through the development mailbox and sees a new dashboard", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/sign-in");
  await expectAccessible(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);

  await openLatestMail(page, email, /Sign in/);
  await expectAccessible(page);
  await page.getByRole("link", { name: /api\/auth\/callback/ }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  await expect(page.getByTestId("mcid")).toHaveText(/^\d{3} \d{3} \d{3} \d$/);
  await expectAccessible(page);
});

test("[VISITOR] is told clearly when the address is not an address", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText("Enter an email address like name@example.com")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});

test("[CANDIDATE] a used sign-in link does not work a second time", async ({ page, browser }) => {
  const email = uniqueEmail(); // its own address: no other test's link can be the newest one here
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await openLatestMail(page, email, /Sign in/);
  const link = await page.getByRole("link", { name: /api\/auth\/callback/ }).getAttribute("href");
  const other = await browser.newPage();
  await other.goto(link!);
  await expect(other).toHaveURL(/error=Verification/);
  await expect(other.getByText("That sign-in link has expired or was already used")).toBeVisible();
  await other.close();
});

test("[ANONYMOUS] is sent to sign-in from every audience's pages", async ({ page }) => {
  for (const path of ["/dashboard", "/support", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}`));
  }
});

test("[CANDIDATE] cannot open the support console or admin pages", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  for (const path of ["/support", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Support console" }),
  ).toHaveCount(0);
});

test("[SUPPORT] lands in the support console and cannot reach admin", async ({ page }) => {
  await signIn(page, DEMO.support);
  await expect(page).toHaveURL(/\/support$/);
  await expect(page.getByRole("heading", { name: "Support console" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/support$/);
});

test("[ADMIN] lands in administration with the program's numbers", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText("Active exams")).toBeVisible();
  await expectAccessible(page);
});
