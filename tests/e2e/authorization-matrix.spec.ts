import { expect, test, type Browser } from "@playwright/test";
import { type Audience, pages } from "./support/pages";
import { DEMO, signIn } from "./support/session";

// Every page found on disk (support/pages.ts), visited by each role.
const home = { candidate: "/dashboard", support: "/support", admin: "/admin" } as const;

/** Where each role must end up: the page itself when allowed, its own home otherwise, sign-in when anonymous. */
function expected(audience: Audience, who: "anonymous" | "candidate" | "support" | "admin", route: string) {
  if (audience === "public") return null; // public pages may redirect signed-in users home; nothing to protect
  if (who === "anonymous") return "/sign-in";
  const allowed =
    (audience === "candidate" && who === "candidate") ||
    (audience === "staff" && (who === "support" || who === "admin")) ||
    (audience === "admin" && who === "admin");
  return allowed ? route : home[who];
}

async function visitAll(browser: Browser, who: "anonymous" | "candidate" | "support" | "admin") {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (who !== "anonymous") await signIn(page, DEMO[who]);
  const problems: string[] = [];
  for (const { route, audience } of pages()) {
    const want = expected(audience, who, route);
    if (!want) continue;
    const response = await page.goto(route);
    const at = new URL(page.url()).pathname;
    if (at !== want) problems.push(`${who} at ${route}: ended at ${at}, expected ${want}`);
    if (at === route && response && response.status() >= 400)
      problems.push(`${who} at ${route}: status ${response.status()}`);
  }
  await context.close();
  return problems;
}

test("[MATRIX] finds every page of every audience", () => {
  const all = pages();
  for (const a of ["candidate", "staff", "admin"] as const) expect(all.some((p) => p.audience === a)).toBe(true);
});

for (const who of ["anonymous", "candidate", "support", "admin"] as const) {
  test(`[MATRIX] ${who} reaches exactly the pages of their role`, async ({ browser }) => {
    test.setTimeout(180_000);
    expect(await visitAll(browser, who)).toEqual([]);
  });
}
