import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, openLatestMail } from "./support/session";
import { candidateWithNewBadge } from "./support/seed";

test("[CANDIDATE] claims a badge from the mailbox, accepts it and shares it", async ({ page, browser }) => {
  // A badge of its own, so the journey can run again (a retry, a second run) against the same server.
  const { email } = await candidateWithNewBadge();
  await openLatestMail(page, email, /You earned a badge/);
  await page
    .getByRole("link", { name: /\/claim\// })
    .first()
    .click();

  // Not signed in: the claim link leads to sign-in with the address the badge was issued to, then back.
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fclaim%2F/);
  await expect(page.getByLabel("Email address")).toHaveValue(email);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await openLatestMail(page, email, /Sign in/);
  await page.getByRole("link", { name: /api\/auth\/callback/ }).click();

  await expect(page.getByRole("heading", { name: "Claim your badge" })).toBeVisible();
  await expectAccessible(page);
  // Rejecting asks for confirmation first; keep the badge instead.
  await page.getByRole("button", { name: "Reject…" }).click();
  await expect(page.getByText("This cannot be undone")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Keep the badge" }).click();
  await page.getByRole("button", { name: "Accept badge" }).click();

  await expect(page.getByText("Badge accepted. Share it below")).toBeVisible();
  const linkedIn = page.getByRole("link", { name: "Add to LinkedIn profile" });
  const href = (await linkedIn.getAttribute("href"))!;
  const url = new URL(href);
  expect(url.origin + url.pathname).toBe("https://www.linkedin.com/profile/add");
  expect(url.searchParams.get("startTask")).toBe("CERTIFICATION_NAME");
  const verificationUrl = url.searchParams.get("certUrl")!;
  expect(verificationUrl).toMatch(/\/badges\/[0-9a-f-]{36}$/);
  // The downloads sit behind a disclosure button; its links are ordinary links once it is open.
  await page.getByRole("button", { name: "Download", exact: true }).click();
  await expect(page.getByRole("link", { name: "Badge image (PNG)" })).toBeVisible();
  await expectAccessible(page);

  // Anyone can now verify it.
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(new URL(verificationUrl).pathname);
  await expect(visitor.getByText("This badge is valid.")).toBeVisible();
  await expect(visitor.getByText(/Earned by/)).toBeVisible();
  expect(await visitor.locator('meta[property="og:title"]').getAttribute("content")).toMatch(/earned by/);
  await expectAccessible(visitor);
  const assertion = await visitor.request.get(`/api/ob/assertions/${verificationUrl.split("/").pop()}`);
  expect(assertion.status()).toBe(200);
  expect((await assertion.json()).type).toBe("Assertion");
  await anonymous.close();
});

test("[ANONYMOUS] cannot see a private badge", async ({ page, browser }) => {
  const { signIn } = await import("./support/session");
  await signIn(page, DEMO.candidate, "/badges");
  await expect(page.getByRole("heading", { name: "Your badges", level: 1 })).toBeVisible();
  await expectAccessible(page);
  const privateBadge = page.getByRole("link").filter({ hasText: "Private" }).first();
  const name = (await privateBadge.locator("span").first().textContent())!.trim();
  await privateBadge.click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText(/Private: only you can see this badge/)).toBeVisible();
  await expectAccessible(page);
  const id = page.url().split("/").pop()!.split("?")[0];

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(`/badges/${id}`);
  await expect(visitor.getByRole("heading", { name: "This badge is private" })).toBeVisible();
  await expect(visitor.getByText(name)).toHaveCount(0);
  await expectAccessible(visitor);
  expect((await visitor.request.get(`/api/ob/assertions/${id}`)).status()).toBe(404);
  expect((await visitor.request.get(`/api/ob/credentials/${id}/jwt`)).status()).toBe(404);
  expect((await visitor.request.get(`/api/ob/assertions/${id}/badge.png`)).status()).toBe(404);
  await anonymous.close();
});

test("[CANDIDATE] settings and public profile pages are accessible", async ({ page, browser }) => {
  const { signIn } = await import("./support/session");
  await signIn(page, DEMO.candidate, "/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await expectAccessible(page);
  const hint = await page.getByText(/Your public profile at/).textContent();
  const profilePath = new URL(/(https?:\/\/\S+\/u\/[a-z0-9]+)/.exec(hint!)![1]).pathname;

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(profilePath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(/Fernández/);
  await expect(visitor.getByText(/verified badge/)).toBeVisible();
  await expectAccessible(visitor);
  await anonymous.close();
});
