import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { uniqueEmail } from "../support/factories";

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
          headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `203.0.113.${i}` },
          body: form.toString(),
        }),
      );
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
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
            headers: { "content-type": "text/csv", "x-forwarded-for": "198.51.100.7" },
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

import { decideClaim } from "@/lib/dal/badge-claim";
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
