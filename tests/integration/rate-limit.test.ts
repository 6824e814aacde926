import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { ACCESS_CODE_BACKOFF, consumeRateLimit } from "@/lib/security/rate-limit";
import { consumeBackoff } from "@/lib/security/backoff";
import { consumeSignInAttempt } from "@/lib/auth/sign-in-limit";
import { db } from "@/lib/db";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { uniqueEmail } from "../support/factories";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";

/** One POST to Auth.js's email sign-in endpoint, as a browser form or as JSON. */
function signInRequest(
  body: Record<string, string>,
  client: string,
  as: "form" | "json" = "form",
  extra: Record<string, string> = {},
) {
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

/** Moves the clock, which the store reads, to `ms`; returns that time for the `now` argument. */
function clockAt(ms: number) {
  vi.useFakeTimers({ toFake: ["Date"], now: ms });
  return new Date(ms);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("rate limits in Postgres", () => {
  it("allow exactly the limit under concurrent attempts", async () => {
    const key = `test:${Math.random()}`;
    const results = await Promise.all(
      Array.from({ length: 40 }, () => consumeRateLimit(key, { limit: 7, windowMs: 60_000 })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(7);
    expect(Math.max(...results.filter((r) => !r.allowed).map((r) => r.retryAfterSeconds))).toBeLessThanOrEqual(60);
  });

  it("start a new window once the old one has passed", async () => {
    const key = `test:${Math.random()}`;
    const t0 = new Date();
    const limit = { limit: 2, windowMs: 60_000 };
    await consumeRateLimit(key, limit, t0);
    await consumeRateLimit(key, limit, t0);
    const blocked = await consumeRateLimit(key, limit, clockAt(t0.getTime() + 30_000));
    expect(blocked).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 30 });
    const later = await consumeRateLimit(key, limit, clockAt(t0.getTime() + 61_000));
    expect(later).toMatchObject({ allowed: true, remaining: 1 });
  });

  it("refuse a time other than the present, which the store would ignore", async () => {
    const lastYear = new Date(Date.now() - 365 * 24 * 60 * 60 * 1000);
    await expect(consumeRateLimit(`test:${Math.random()}`, { limit: 2, windowMs: 60_000 }, lastYear)).rejects.toThrow(
      /present time/,
    );
    await expect(consumeBackoff(`test:${Math.random()}`, ACCESS_CODE_BACKOFF, lastYear)).rejects.toThrow(
      /present time/,
    );
  });

  it("count a key as long as the longest email address", async () => {
    // The library's own table has a varchar(255) key; ours is text, as a sign-in key is a prefix and up to 254 characters.
    const email = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(57)}.org`;
    expect(email).toHaveLength(254);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await consumeSignInAttempt(email, "192.0.2.250"));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
  });

  it("let exactly the free attempts of a doubling wait through in parallel, then at most one per wait", async () => {
    const key = `test:${Math.random()}`;
    const t0 = Date.now();
    const parallel = async (n: number) =>
      (
        await Promise.all(
          Array.from({ length: n }, () => consumeBackoff(key, ACCESS_CODE_BACKOFF, clockAt(Date.now()))),
        )
      ).filter((r) => r.allowed).length;
    expect(await parallel(12)).toBe(5);
    clockAt(t0 + 61_000);
    expect(await parallel(12)).toBe(1);
    // Refused attempts did not count: the next wait is two minutes after the one let through, not longer.
    const refused = await consumeBackoff(key, ACCESS_CODE_BACKOFF, clockAt(t0 + 61_000 + 119_000));
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(await consumeBackoff(key, ACCESS_CODE_BACKOFF, clockAt(t0 + 61_000 + 120_000))).toMatchObject({
      allowed: true,
    });
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
      [
        [...`${local}@example.org`]
          .map((c) => (/[a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
          .join(""),
        "form",
      ],
    ];
    const statuses = [];
    for (const [i, [email, as]] of variants.entries()) {
      statuses.push((await signInRequest({ email, csrfToken: "x" }, `203.0.113.${100 + i}`, as)).status);
    }
    expect(statuses.every((s) => s !== 429)).toBe(true);
    expect(
      (await signInRequest({ email: `${local}@example.org`, csrfToken: "x" }, "203.0.113.200", "json")).status,
    ).toBe(429);
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
      const res = await signInRequest({ email: uniqueEmail(), csrfToken: "x" }, "192.0.2.77", "form", {
        "x-forwarded-for": `198.51.100.${i}`,
      });
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
    const attempt = () =>
      runAsViewer(candidate, () => decideClaim("not-a-token", "accept", { clientIp: "192.0.2.44" }));
    for (let i = 0; i < 30; i++) await expect(attempt()).rejects.toThrow(/not valid/);
    await expect(attempt()).rejects.toThrow(/Too many attempts/);
    // Another client is unaffected.
    await expect(
      runAsViewer(candidate, () => decideClaim("not-a-token", "accept", { clientIp: "192.0.2.45" })),
    ).rejects.toThrow(/not valid/);
  });
});
