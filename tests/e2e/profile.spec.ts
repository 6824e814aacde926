import { expect, test } from "@playwright/test";
import { expectAccessible, openLatestMail, signIn, uniqueEmail } from "./support/session";

test("[CANDIDATE] edits contact details and is told exactly what is wrong with a bad phone number", async ({
  page,
}) => {
  await signIn(page, uniqueEmail("profile"));
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Preferred name (optional)").fill("Sam");
  await page.getByLabel("Phone (optional)").fill("12345");
  await page.getByRole("button", { name: "Save contact details" }).click();
  const phone = page.getByLabel("Phone (optional)");
  await expect(page.getByText("Enter the number with its country code")).toBeVisible();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveValue("12345");
  await expect(page.getByRole("status").filter({ hasText: "Some fields need attention." })).toBeVisible();
  await expectAccessible(page);

  await phone.fill("+44 20 7946 0958");
  await page.getByLabel("Country").selectOption("GB");
  await page.getByLabel("Postal code").fill("bs1 4rn");
  await page.getByRole("button", { name: "Save contact details" }).click();
  await expect(page.getByText("Your contact details were saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Phone (optional)")).toHaveValue("+44 20 7946 0958");
  await expect(page.getByLabel("Postal code")).toHaveValue("BS1 4RN");
  await expect(page.getByLabel("Country")).toHaveValue("GB");
});

test("[CANDIDATE] adds a second email address and confirms it with the emailed link", async ({ page }) => {
  const me = uniqueEmail("owner");
  const other = uniqueEmail("second");
  await signIn(page, me);
  await page.goto("/profile");
  await page.getByLabel("Add another email address").fill(other);
  await page.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(page.getByText(`We sent a confirmation link to ${other}`)).toBeVisible();
  await expect(page.getByTestId("email-list")).toContainText("Waiting for confirmation");

  await openLatestMail(page, other, /Confirm/);
  const link = await page.getByRole("link", { name: /confirm-email/ }).getAttribute("href");
  await page.goto(link!);
  await expect(page.getByText(`Add ${other} to your certification profile?`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Confirm ${other}` }).click();
  await expect(page.getByText(`${other} is confirmed`).first()).toBeVisible();

  await page.goto("/profile");
  await expect(page.getByTestId("email-list")).toContainText("Confirmed");
  // The same link does not work twice.
  await page.goto(link!);
  await expect(page.getByText(`${other} is confirmed on your profile`)).toBeVisible();
  await expect(page.getByRole("button", { name: /Confirm/ })).toHaveCount(0);
});

test("[CANDIDATE] asks support to change the legal name and sees the request waiting", async ({ page }) => {
  await signIn(page, uniqueEmail("rename"));
  await page.goto("/profile");
  await page.getByText("Ask support to change your legal name").click();
  await page.getByLabel("New first name(s)").fill("Ana María");
  await page.getByLabel("New last name").fill("García-López");
  await page.getByLabel("Reason").fill("short");
  await page.getByRole("button", { name: "Send name change request" }).click();
  await expect(page.getByText("Tell support why, in at least 10 characters")).toBeVisible();
  await page.getByLabel("Reason").fill("Marriage in October; my ID now shows the new name.");
  await page.getByRole("button", { name: "Send name change request" }).click();
  // The page re-renders from the records: the request is listed and no second one can be started.
  await expect(page.getByText("Your request is waiting for support.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("name-change-history")).toContainText("Waiting for support");
  await expect(page.getByTestId("name-change-history")).toContainText("Ana María García-López");
  await expect(page.getByText("Your request is waiting for support.")).toBeVisible();
  await expectAccessible(page);
});
