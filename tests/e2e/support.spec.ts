import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signIn, uniqueEmail } from "./support/session";
import { unmatchedExamResult } from "./support/seed";

async function newSignedInPage(browser: import("@playwright/test").Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Opens every <details> so axe also checks what is folded away. */
async function expectAccessibleUnfolded(page: Page) {
  await page.locator("details").evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
  await expectAccessible(page);
}

async function claimLinkFrom(page: Page, mailbox: string, subject: RegExp, nth: number) {
  await page.goto(mailbox);
  await page.getByRole("main").getByRole("link", { name: subject }).nth(nth).click();
  return page
    .getByRole("link", { name: /\/claim\// })
    .first()
    .getAttribute("href");
}

test("[SUPPORT] finds a candidate by MCID, issues a fresh claim link, and only the new link works", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A new candidate whose exam result arrived under another address: the "never got my badge" case.
  const email = uniqueEmail("stranded");
  const candidate = await newSignedInPage(browser, email);
  await expect(candidate).toHaveURL(/\/dashboard$/);
  const mcid = (await candidate.getByTestId("mcid").textContent())!.trim();

  const support = await newSignedInPage(browser, DEMO.support);
  await expect(support).toHaveURL(/\/support$/);
  // Its own unmatched result, so the journey can run again against the same server.
  const { recordId } = await unmatchedExamResult();
  await support.goto("/support/unmatched");
  const result = support.getByRole("listitem").filter({ hasText: recordId }).first();
  await result.getByText("Link to a candidate").click();
  await result.getByLabel("Candidate's MCID or email").fill(mcid);
  await result.getByLabel("Reason").fill("Exam booked under an old address; identity checked by phone");
  await result.getByRole("button", { name: "Link result" }).click();
  await expect(support.getByText(recordId)).toHaveCount(0);

  // Lookup by MCID, typed with its spaces.
  await support.goto("/support");
  await support.getByLabel("Find a candidate").fill(mcid);
  await support.getByRole("button", { name: "Search" }).click();
  await expect(support.getByRole("heading", { name: /1 candidate match/ })).toBeVisible();
  await expect(support.getByRole("cell", { name: "MCID", exact: true })).toBeVisible();
  await support.getByRole("region", { name: "Matching candidates" }).getByRole("link", { name: email }).click();
  await expect(support.getByTestId("case-mcid")).toHaveText(mcid);

  const badge = support.getByTestId("badge").filter({ hasText: "PENDING" }).first();
  const badgeName = (await badge.getByRole("heading", { level: 3 }).textContent())!.trim();
  await badge.getByText("Send the badge email again").click();
  await badge.getByLabel("Fresh claim link (earlier links stop working)").check();
  await badge.getByLabel("Reason").fill("First email went to a shared inbox");
  await badge.getByRole("button", { name: "Send" }).click();
  await expect(badge.getByRole("status")).toContainText("fresh claim link");

  // The trail: the fix is in the audit log with its reason.
  await support.goto(`/support/audit?candidate=${encodeURIComponent(email)}&action=badge.reissue_claim_link`);
  await expect(support.getByRole("cell", { name: "First email went to a shared inbox" })).toBeVisible();

  // The candidate has two emails for that badge: the older link no longer works, the newer one does.
  const subject = new RegExp(`You earned a badge: ${badgeName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  const mailbox = `/dev/mailbox?to=${encodeURIComponent(email)}`;
  await expect(async () => {
    await candidate.goto(mailbox);
    await expect(candidate.getByRole("main").getByRole("link", { name: subject })).toHaveCount(2, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const newest = await claimLinkFrom(candidate, mailbox, subject, 0);
  const oldest = await claimLinkFrom(candidate, mailbox, subject, 1);
  expect(newest).not.toBe(oldest);
  await candidate.goto(oldest!);
  await expect(candidate.getByRole("heading", { name: "This claim link does not work any more" })).toBeVisible();
  await candidate.goto(newest!);
  await expect(candidate.getByRole("heading", { name: "Claim your badge" })).toBeVisible();
});

test("[SUPPORT] every support page passes an accessibility scan", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const other = uniqueEmail("duplicate");
  await (await newSignedInPage(browser, other)).close();

  await signIn(page, DEMO.support);
  await expect(page).toHaveURL(/\/support$/);
  await expectAccessible(page);

  await page.getByLabel("Find a candidate").fill(DEMO.candidate);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: /1 candidate match/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("region", { name: "Matching candidates" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Badges", exact: false }).first()).toBeVisible();
  await expectAccessibleUnfolded(page);
  const caseUrl = page.url();

  await page.getByLabel("Other account’s MCID or email").fill(other);
  await page.getByRole("button", { name: "Review merge" }).click();
  await expect(page.getByRole("heading", { name: "Merge two accounts" })).toBeVisible();
  await expect(page.getByText(other)).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${caseUrl}/merge?duplicate=nobody%40example.com`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("No candidate");
  await expectAccessible(page);

  for (const [path, heading] of [
    ["/support/unmatched", "Unmatched exam results"],
    ["/support/name-changes", "Legal-name change requests"],
    ["/support/audit", "Audit log"],
    [`/support/audit?candidate=${encodeURIComponent(DEMO.candidate)}&action=candidate.view`, "Audit log"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessibleUnfolded(page);
  }
});

test("[CANDIDATE] is kept out of the support console", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const path of ["/support", "/support/audit", "/support/unmatched"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
});
