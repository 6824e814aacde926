import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { routesWithOwnPolicy } from "@/lib/security/route-policies";
import { DEMO, openLatestMail, signIn, uniqueEmail } from "./support/session";
import { publicBadgeId } from "./support/seed";

/**
 * How to reach each route that sets its own policy: a path that route answers. Every entry of
 * `routesWithOwnPolicy` needs one, so a route added to that list is requested here too.
 */
const examplePaths: Record<
  (typeof routesWithOwnPolicy)[number]["route"],
  (page: Page, request: APIRequestContext) => Promise<string[]>
> = {
  "app/(public)/badges/[id]/route.ts": async () => [`/badges/${await publicBadgeId()}`, "/badges/not-a-badge"],
  "app/api/ob/images/[templateId]/route.ts": async (_page, request) => {
    const assertion = await (await request.get(`/api/ob/assertions/${await publicBadgeId()}`)).json();
    const badgeClass = await (await request.get(new URL(assertion.badge).pathname)).json();
    return [`${new URL(badgeClass.image).pathname}?format=svg`, new URL(badgeClass.image).pathname];
  },
  "app/api/ob/assertions/[id]/badge.svg/route.ts": async () => [
    `/api/ob/assertions/${await publicBadgeId()}/badge.svg`,
  ],
  "app/api/ob/assertions/[id]/badge.png/route.ts": async () => [
    `/api/ob/assertions/${await publicBadgeId()}/badge.png`,
    "/api/ob/assertions/missing/badge.png",
  ],
  "app/dev/mailbox/[id]/html/route.ts": async (page) => {
    const email = uniqueEmail("policy");
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await openLatestMail(page, email, /Sign in/);
    return [(await page.getByRole("link", { name: /HTML version/ }).getAttribute("href"))!];
  },
  "app/(admin)/admin/outbox/previews/[key]/route.ts": async (page) => {
    await signIn(page, DEMO.admin, "/admin/outbox/previews");
    await page.goto("/admin/outbox/previews");
    return [
      (await page
        .getByRole("link", { name: /Open the HTML version/ })
        .first()
        .getAttribute("href"))!,
    ];
  },
};

for (const { route, policy } of routesWithOwnPolicy) {
  test(`[ANYONE] ${route} keeps its own Content-Security-Policy`, async ({ page }) => {
    // page.request shares the page's cookies: the admin preview needs the admin's session.
    const paths = await examplePaths[route](page, page.request);
    for (const path of paths) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBeLessThan(500);
      expect(res.headers()["content-security-policy"], path).toBe(policy);
      expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    }
  });
}

test("[ANYONE] the favicon is a real icon with the security headers, declared by every page", async ({
  page,
  request,
}) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  // An ICO file starts with reserved 0, type 1 (icon).
  expect([...(await icon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(icon.headers()["x-content-type-options"]).toBe("nosniff");
  expect(icon.headers()["content-security-policy"]).toMatch(/default-src 'none'/);

  await page.goto("/");
  await expect(page.locator('head link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
  const svgIcon = page.locator('head link[rel="icon"][type="image/svg+xml"]');
  const svg = await request.get((await svgIcon.getAttribute("href"))!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  expect(svg.headers()["x-content-type-options"]).toBe("nosniff");
});

test("[ANYONE] static assets and public files carry nosniff; a missing one is no scriptable page", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const assets = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>(
        'script[src^="/_next/static/"], link[rel="stylesheet"][href^="/_next/static/"]',
      ),
    ].map((el) => el.getAttribute("src") ?? el.getAttribute("href")!),
  );
  expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
  expect(assets.some((a) => a.endsWith(".css"))).toBe(true);
  for (const path of [...assets.slice(0, 5), "/robots.txt"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
  }

  // The proxy's matcher skips every path that starts like a static one, so these never pass through it either.
  const missing = [
    "/_next/static/chunks/does-not-exist.js",
    "/_next/static/css/missing.css",
    "/_next/static",
    "/_next/staticx",
    "/_next/imagex",
    "/favicon.icox",
    "/favicon.ico/x",
  ];
  for (const path of missing) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    const csp = res.headers()["content-security-policy"] ?? "";
    // Whatever Next answers with, its inline scripts must not run: no policy, or one that allows scripts, fails.
    expect(csp, path).toMatch(/default-src 'none'/);
    expect(csp, path).not.toMatch(/script-src/);
  }
});
