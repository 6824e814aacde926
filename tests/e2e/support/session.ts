import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO = {
  admin: "admin@certdash.example",
  support: "support@certdash.example",
  candidate: "candidate@certdash.example",
};

export function uniqueEmail(prefix = "visitor") {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

/** Opens the newest message to `email` in the development mailbox, waiting for the worker to deliver it. */
export async function openLatestMail(page: Page, email: string, subject: RegExp = /./) {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await expect(page.getByRole("main").getByRole("link", { name: subject }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("main").getByRole("link", { name: subject }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/**
 * Signs in as a newcomer would: the form, then the link from the development mailbox. Tests running in parallel
 * may sign in to the same demo account at once, and the newest message may be another test's link that it has
 * already used; every link is valid on its own, so a used one just means asking for another.
 */
export async function signIn(page: Page, email: string, callbackUrl?: string) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await openLatestMail(page, email, /Sign in/);
    await page.getByRole("link", { name: /api\/auth\/callback/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/api/auth/"));
    if (!page.url().includes("error=Verification") || attempt === 4) return;
  }
}

/** No axe violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}
