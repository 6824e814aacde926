import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support/session";

test("[CANDIDATE] reads their dashboard on a phone", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  await expect(page.getByTestId("mcid")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
