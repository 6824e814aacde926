import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support/session";

test("[CANDIDATE] reads their dashboard on a phone", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  await expect(page.getByTestId("mcid")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy your MCID" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Needs your attention/ })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

test("[CANDIDATE] reads the transcript and profile on a phone without sideways scrolling", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  for (const path of ["/transcript", "/profile", "/transcript/share"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
});
