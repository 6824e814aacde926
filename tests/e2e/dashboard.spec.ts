import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn, uniqueEmail } from "./support/session";

test("[CANDIDATE] sees what needs attention: a renewal window open, with the MCID to copy", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, DEMO.candidate);
  await expect(page.getByRole("heading", { name: "Welcome, Lucy" })).toBeVisible();
  const attention = page.getByTestId("attention");
  await expect(attention).toContainText("Its renewal window is open");
  await expect(page.getByRole("heading", { name: "Your active certifications" })).toBeVisible();
  await expect(page.getByText(/^Expires \d/).first()).toBeVisible();

  await page.getByRole("button", { name: "Copy your MCID" }).click();
  await expect(page.getByText("Copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^\d{10}$/);
  await expectAccessible(page);

  await attention.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/transcript#cert-/);
});

test("[CANDIDATE] a new candidate is asked to complete the profile", async ({ page }) => {
  await signIn(page, uniqueEmail("newcomer"));
  const attention = page.getByTestId("attention");
  await expect(attention).toContainText("Complete your profile");
  await expect(attention).toContainText("phone number");
  await attention.getByRole("link", { name: "Complete your profile" }).click();
  await expect(page).toHaveURL(/\/profile$/);
});
