import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/headers";
import { ownPolicyFor, routesWithOwnPolicy } from "@/lib/security/route-policies";

const root = path.resolve(import.meta.dirname, "../..");

function routeFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return routeFiles(rel);
    return name === "route.ts" ? [rel] : [];
  });
}

/** The URL path a route file serves, with each dynamic segment filled in. */
function samplePath(route: string) {
  const segments = route
    .split("/")
    .slice(1, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.map((s) => (/^\[.*\]$/.test(s) ? "sample-id" : s)).join("/")}`;
}

/** A route sets its own policy when it names the header, or answers through the badge image helper, which does. */
const setsOwnPolicy = (source: string) => /content-security-policy/i.test(source) || /\bbytes\(/.test(source);

describe("routes with their own Content-Security-Policy", () => {
  it("are exactly the routes listed for the proxy", () => {
    const found = routeFiles("app").filter((f) => setsOwnPolicy(readFileSync(path.join(root, f), "utf8")));
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(found.sort()).toEqual(routesWithOwnPolicy.map((r) => r.route).sort());
  });

  it.each(routesWithOwnPolicy.map((r) => [r.route, r.policy] as const))(
    "%s: its paths get its policy from the proxy",
    (route, policy) => {
      expect(ownPolicyFor(samplePath(route))).toBe(policy);
    },
  );

  it("are stricter than the page policy: no script, no framing", () => {
    for (const { route, policy } of routesWithOwnPolicy) {
      expect(policy, route).toMatch(/(^|; )default-src 'none'/);
      expect(policy, route).not.toMatch(/script-src/);
      expect(policy, route).toContain("frame-ancestors 'none'");
    }
    expect(contentSecurityPolicy({ nonce: "n", dev: false })).toMatch(/script-src/);
  });

  it.each([
    "/",
    "/badges",
    "/badges/mine/abc",
    "/api/ob/images",
    "/api/ob/assertions/x",
    "/dev/mailbox/x",
    "/admin/outbox/previews",
  ])("leave other paths to the page policy (%s)", (pathname) => {
    expect(ownPolicyFor(pathname)).toBeUndefined();
  });
});
