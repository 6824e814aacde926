import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pages } from "./support/pages";
import { DEMO, signIn } from "./support/session";

// Every page of each audience, at a phone's width and a laptop's: nothing may widen the page (tables scroll inside
// their own region), and axe finds nothing, with every <details> unfolded so what is folded away is checked too.
// The static pages are found on disk (support/pages.ts); the dynamic ones by following the first link to one.
const WIDTHS = [390, 1280] as const;

type Who = "anonymous" | "candidate" | "support" | "admin";
const AUDIENCE = { anonymous: "public", candidate: "candidate", support: "staff", admin: "admin" } as const;

/** Where a role finds one page of each dynamic kind: [list page, the links to such pages]. */
const DYNAMIC: Record<Who, [string, string][]> = {
  anonymous: [["/dev/mailbox", 'a[href^="/dev/mailbox/"]']],
  candidate: [["/badges", 'a[href^="/badges/mine/"]']],
  support: [[`/support?q=${encodeURIComponent(DEMO.candidate)}`, 'a[href^="/support/candidates/"]']],
  admin: [
    ["/admin/catalogue", 'a[href^="/admin/catalogue/exams/"]:not([href$="/new"])'],
    ["/admin/catalogue", 'a[href^="/admin/catalogue/certifications/"]:not([href$="/new"])'],
    ["/admin/templates", 'a[href^="/admin/templates/"]:not([href$="/new"])'],
    ["/admin/imports", 'a[href^="/admin/imports/"]'],
  ],
};

/** Fixed addresses that show a page's other states: an unknown certificate, a share link that does not exist. */
const EXTRA: Record<Who, string[]> = {
  anonymous: ["/certificates/NOT-A-NUMBER", "/shared-transcript/not-a-share-link"],
  candidate: [],
  support: ["/support/unmatched", "/support/audit?action=candidate.view"],
  admin: [],
};

async function problemsOn(page: Page, path: string, width: number) {
  await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
  await page.locator("details").evaluateAll((all) => {
    for (const d of all) (d as HTMLDetailsElement).open = true;
  });
  const problems: string[] = [];
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) problems.push(`${path} at ${width}px: the page is ${overflow}px wider than the screen`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const v of violations)
    problems.push(`${path} at ${width}px: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  return problems;
}

async function dynamicPages(page: Page, who: Who) {
  const found: string[] = [];
  for (const [list, links] of DYNAMIC[who]) {
    await page.goto(list);
    const first = page.getByRole("main").locator(links).first();
    if ((await first.count()) === 0) continue;
    found.push((await first.getAttribute("href"))!);
  }
  return found;
}

for (const who of ["anonymous", "candidate", "support", "admin"] as const) {
  for (const width of WIDTHS) {
    test(`[LAYOUT] ${who}: every page at ${width}px fits the screen and passes an accessibility scan`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height: 900 });
      if (who !== "anonymous") await signIn(page, DEMO[who]);
      const paths = [
        ...pages()
          .filter((p) => p.audience === AUDIENCE[who])
          .map((p) => p.route),
        ...EXTRA[who],
        ...(await dynamicPages(page, who)),
      ];
      const problems: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        problems.push(...(await problemsOn(page, path, width)));
      }
      expect(problems).toEqual([]);
    });
  }
}

test("[LAYOUT] a confirmation dialog traps focus on the safe choice, closes on Escape and hands focus back", async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/skills");
  const trigger = page.getByRole("button", { name: "Merge skills" });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: "Merge these skills?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});

test("[LAYOUT] a menu opens from the keyboard, its links reachable with Tab, and Escape closes it", async ({
  page,
}) => {
  await signIn(page, DEMO.candidate, "/badges");
  // A valid badge is an accepted one, whose page offers the downloads.
  await page.getByRole("main").locator('a[href^="/badges/mine/"]').filter({ hasText: "Valid" }).first().click();
  const button = page.getByRole("button", { name: "Download", exact: true });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Badge image (PNG)" })).toBeFocused();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("link", { name: "Badge image (PNG)" })).toBeHidden();
  await expect(button).toBeFocused();
});
