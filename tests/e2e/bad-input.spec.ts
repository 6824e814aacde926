import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signIn } from "./support/session";

// A control character or a bidi override pasted or typed into a form, or put in a URL, is answered with a message
// beside the field (or the filter is ignored), never with an error page.

test("[CANDIDATE] a NUL or a bidi override in the profile form is named beside its field", async ({ page }) => {
  await signIn(page, DEMO.candidate);
  await page.goto("/profile");
  const city = page.getByLabel("City");
  const before = await city.inputValue();
  await city.fill("Bris\u0000tol");
  await page.getByLabel("Preferred name (optional)").fill("Lu\u202ecy");
  await page.getByRole("button", { name: "Save contact details" }).click();
  await expect(page.getByText("Contains a control character (U+0000) at position 5; remove it")).toBeVisible();
  await expect(
    page.getByText("Contains an invisible text-direction character (U+202E) at position 3; remove it"),
  ).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel("City")).toHaveValue(before);
});

test("[ADMIN] URL filters with a control character answer the page, not an error", async ({ page }) => {
  await signIn(page, DEMO.admin);
  for (const path of ["/admin/outbox?to=a%00b", "/admin/postings?q=a%00b", "/dev/mailbox?to=a%00b"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.goto("/support?q=ab%00cd");
  await expect(
    page.getByText("That search could not be read: Contains a control character (U+0000) at position 3; remove it."),
  ).toBeVisible();
});

test("[ADMIN] cancels an import after confirming, and the page says what happened", async ({ page }) => {
  await signIn(page, DEMO.admin);
  // Rows enough that the import is still queued or running when the admin cancels it. They match nobody, so they
  // join support's unmatched list: dated long ago and each exam and day once, they stay behind other tests' results
  // there and each gets its own "Link the ... result of ..." form.
  const stamp = Date.now().toString(36);
  const exams = ["AZ-900", "AI-900", "DP-900"];
  const day = (i: number) =>
    new Date(Date.UTC(1991, 0, 1) + Math.floor(i / exams.length) * 86_400_000).toISOString().slice(0, 10);
  const rows = Array.from(
    { length: 30_000 },
    (_, i) =>
      `e2e.cancel.${stamp}.${i % 300}@example.com,Row Person,${exams[i % exams.length]},${day(i)},800,true,ONLINE,e2e-cancel-${stamp}-${i}`,
  );
  await page.goto("/admin/imports");
  await page.getByLabel("Exam results file (CSV)").setInputFiles({
    name: `cancel-${stamp}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(`${["email,name,exam_code,date,score,pass,channel,source_record_id", ...rows].join("\n")}\n`),
  });
  await page.getByRole("button", { name: "Upload and import" }).click();
  await expect(page).toHaveURL(/\/admin\/imports\/[a-z0-9]+$/, { timeout: 30_000 });
  await page.getByRole("button", { name: "Cancel this import…" }).click();
  await expect(page.getByText(/This cannot be undone\. The rows already processed/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, cancel the import" }).click();
  await expect(page.getByRole("status").filter({ hasText: /The import was cancelled/ })).toBeVisible({
    timeout: 20_000,
  });
  await page.reload();
  await expect(page.getByTestId("import-cancelled")).toContainText(`Cancelled by ${DEMO.admin}`);
  await expect(page.getByRole("button", { name: "Cancel this import…" })).toHaveCount(0);
});
