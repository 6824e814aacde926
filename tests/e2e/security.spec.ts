import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support/session";

/** Collects the browser's CSP violation reports for the page's lifetime. */
function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

test("[ANYONE] every page carries the security headers and a fresh nonce", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-frame-options"]).toBe("DENY");
  // Served over plain HTTP here, so no HSTS (it would pin a scheme the site does not use).
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  expect((await request.get("/api/health")).headers()["x-content-type-options"]).toBe("nosniff");
});

test("[ANYONE] the badge verification page allows no script, and its styles pass its own policy", async ({ page }) => {
  const { publicBadgeId } = await import("./support/seed");
  const violations = watchCsp(page);
  const response = await page.goto(`/badges/${await publicBadgeId()}`);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  await expect(page.getByText("This badge is valid.")).toBeVisible();
  // The stylesheet applied: the status banner has its green background, not the browser's default.
  await expect(page.getByRole("status")).toHaveCSS("background-color", "rgb(240, 253, 244)");
  expect(violations).toEqual([]);
});

test("[CANDIDATE] pages hydrate under the policy without a single violation", async ({ page }) => {
  const violations = watchCsp(page);
  await page.goto("/");
  await signIn(page, DEMO.candidate);
  await expect(page.getByTestId("mcid")).toBeVisible();
  // A client-side interaction proves React hydrated: the sign-out button submits through a server action.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(violations).toEqual([]);
});

test("[ANONYMOUS] a forged x-middleware-subrequest header opens nothing", async ({ request }) => {
  for (const path of ["/admin", "/support", "/dashboard"]) {
    const res = await request.get(path, {
      headers: {
        "x-middleware-subrequest":
          "proxy:proxy:proxy:proxy:proxy:middleware:middleware:middleware:middleware:middleware",
      },
      maxRedirects: 0,
    });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location).toContain("/sign-in");
  }
});

for (const origin of ["https://evil.example", "null"]) {
  test(`[ATTACKER] a server action replayed from origin ${origin} is refused`, async ({ page, request }) => {
    // Capture a genuine server-action call (the sign-in form), then replay it from another origin for another address.
    const genuine = `genuine.${Date.now()}@example.com`;
    const forged = `forged.${Date.now()}@example.com`;
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(genuine);
    const [call] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
      page.getByRole("button", { name: "Email me a sign-in link" }).click(),
    ]);
    const headers = call.headers();
    const body = call.postDataBuffer()!.toString("latin1").replace(genuine, forged);
    const res = await request.post("/sign-in", {
      headers: { "content-type": headers["content-type"], "next-action": headers["next-action"], origin },
      data: Buffer.from(body, "latin1"),
      maxRedirects: 0,
    });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(forged)}`);
    await expect(page.getByText("No messages yet.")).toBeVisible();
    // The genuine call went through, so the refusal is about the origin and nothing else.
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(genuine)}`);
    await expect(page.getByRole("main").getByRole("link", { name: /Sign in/ })).toBeVisible();
  });
}

test("[ANYONE] the development mailbox answers only to requests from this machine", async ({ request }) => {
  const local = await request.get("/dev/mailbox");
  expect(local.status()).toBe(200);
  expect(await local.text()).toMatch(/\/dev\/mailbox\/[a-z0-9]{20,}/);
  // What a proxy on this machine would pass on for a client elsewhere, and a client's own forgeries of our header.
  const forwarded: Record<string, string>[] = [
    { "x-forwarded-for": "203.0.113.9" },
    { "x-real-ip": "203.0.113.9" },
    { forwarded: "for=203.0.113.9" },
    { "x-certdash-client-address": "127.0.0.1", "x-forwarded-for": "203.0.113.9" },
  ];
  for (const headers of forwarded) {
    const res = await request.get("/dev/mailbox", { headers });
    expect(res.status(), JSON.stringify(headers)).toBe(404);
    // The 404 page still carries the route's static title; what matters is that no message is listed.
    const body = await res.text();
    expect(body).not.toContain("Every message the app sends lands here");
    expect(body).not.toMatch(/\/dev\/mailbox\/[a-z0-9]{20,}/);
  }
});
