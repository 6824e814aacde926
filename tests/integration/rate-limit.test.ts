import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { db } from "@/lib/db";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { uniqueEmail } from "../support/factories";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";

/** One POST to Auth.js's email sign-in endpoint, as a browser form or as JSON. */
function signInRequest(body: Record<string, string>, client: string, as: "form" | "json" = "form", extra: Record<string, string> = {}) {
  return POST(
    new NextRequest("http://localhost:3000/api/auth/signin/nodemailer", {
      method: "POST",
      headers: {
        "content-type": as === "json" ? "application/json" : "application/x-www-form-urlencoded",
        [CLIENT_ADDRESS_HEADER]: client,
        ...extra,
      },
      body: as === "json" ? JSON.stringify(body) : new URLSearchParams(body).toString(),
    }),
  );
}

describe("rate limits in Postgres", () => {
  it("allow exactly the limit under concurrent attempts", async () => {
    const key = `test:${Math.random()}`;
    const results = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit(key, { limit: 7, windowMs: 60_000 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
    expect(Math.max(...results.filter((r) => !r.allowed).map((r) => r.retryAfterSeconds))).toBeLessThanOrEqual(60);
  });

  it("start a new window once the old one has passed", async () => {
    const key = `test:${Math.random()}`;
    const t0 = new Date("2026-01-01T00:00:00Z");
    const limit = { limit: 2, windowMs: 60_000 };
    await consumeRateLimit(key, limit, t0);
    await consumeRateLimit(key, limit, t0);
    expect((await consumeRateLimit(key, limit, new Date(t0.getTime() + 30_000))).allowed).toBe(false);
    const later = await consumeRateLimit(key, limit, new Date(t0.getTime() + 61_000));
    expect(later).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("answer 429 with Retry-After when one address asks for too many sign-in emails", async () => {
    const email = uniqueEmail();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      const form = new URLSearchParams({ email, csrfToken: "x", callbackUrl: "/dashboard" });
      last = await POST(
        new NextRequest("http://localhost:3000/api/auth/signin/nodemailer", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", [CLIENT_ADDRESS_HEADER]: `203.0.113.${i}` },
          body: form.toString(),
        }),
      );
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("count every spelling of one inbox, and every body format, as that inbox", async () => {
    const local = uniqueEmail().split("@")[0];
    const variants: [string, "form" | "json"][] = [
      [`${local}@example.org`, "form"],
      [`${local.toUpperCase()}@EXAMPLE.ORG`, "form"],
      [`${local}@example.org`, "json"],
      [`  ${local}@example.org `, "json"],
      [[...`${local}@example.org`].map((c) => (/[a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(""), "form"],
    ];
    const statuses = [];
    for (const [i, [email, as]] of variants.entries()) {
      statuses.push((await signInRequest({ email, csrfToken: "x" }, `203.0.113.${100 + i}`, as)).status);
    }
    expect(statuses.every((s) => s !== 429)).toBe(true);
    expect((await signInRequest({ email: `${local}@example.org`, csrfToken: "x" }, "203.0.113.200", "json")).status).toBe(429);
  });

  it("refuse an address Auth.js would have trimmed to another inbox, and bodies it would not read", async () => {
    const email = uniqueEmail();
    const comma = await signInRequest({ email: `${email},1`, csrfToken: "x" }, "203.0.113.30");
    expect(comma.status).toBe(400);
    expect(await comma.json()).toEqual({ error: expect.stringMatching(/email address/) });
    const multipart = await POST(
      new NextRequest("http://localhost:3000/api/auth/signin/nodemailer", { method: "POST", body: new FormData() }),
    );
    expect(multipart.status).toBe(415);
    expect(await db.verificationToken.count({ where: { identifier: { startsWith: email } } })).toBe(0);
  });

  it("key the per-client limit on the address the server wrote, not on X-Forwarded-For", async () => {
    const statuses = [];
    for (let i = 0; i < 32; i++) {
      const res = await signInRequest({ email: uniqueEmail(), csrfToken: "x" }, "192.0.2.77", "form", { "x-forwarded-for": `198.51.100.${i}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 30).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});

import { runAsViewer } from "@/lib/session";
import { POST as importPost } from "@/app/api/imports/exam-results/route";
import { makeStaff, viewerOf } from "../support/factories";

describe("the import endpoint", () => {
  it("answers 429 with Retry-After once a client has sent too many imports", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 22; i++) {
      last = await runAsViewer(admin, () =>
        importPost(
          new Request("http://localhost:3000/api/imports/exam-results", {
            method: "POST",
            headers: { "content-type": "text/csv", [CLIENT_ADDRESS_HEADER]: "198.51.100.7" },
            body: "", // refused as empty, but it still counts
          }),
        ),
      );
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

import { decideClaim } from "@/lib/public/badges/claim";
import { makeCandidate } from "../support/factories";

describe("claim attempts", () => {
  it("are stopped per client once the limit is reached, before any token is looked at", async () => {
    const candidate = viewerOf(await makeCandidate());
    const attempt = () => runAsViewer(candidate, () => decideClaim("not-a-token", "accept", { clientIp: "192.0.2.44" }));
    for (let i = 0; i < 30; i++) await expect(attempt()).rejects.toThrow(/not valid/);
    await expect(attempt()).rejects.toThrow(/Too many attempts/);
    // Another client is unaffected.
    await expect(runAsViewer(candidate, () => decideClaim("not-a-token", "accept", { clientIp: "192.0.2.45" }))).rejects.toThrow(/not valid/);
  });
});
