import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runAsViewer, type Viewer } from "@/lib/session";
import { initialActionState } from "@/lib/forms/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { interruptStatus } from "../support/http-errors";

// Every server action and every data access function, found on disk (so nothing added later escapes), called by
// each kind of caller that must be turned away. The rules follow the folder conventions; the few deliberate
// exceptions are listed by name.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") ? [full] : [];
  });
}

type Allowed = Role[] | "public";
const ADMIN: Role[] = ["ADMIN"];
const STAFF: Role[] = ["SUPPORT", "ADMIN"];
const CANDIDATE: Role[] = ["CANDIDATE"];

/** First match wins. */
const actionRules: [RegExp, Allowed][] = [
  [/actions\/auth\//, "public"],
  // Opening a shared transcript or confirming an address needs the secret from the link, not a session.
  [/actions\/transcript\/unlock-shared-transcript/, "public"],
  [/actions\/profile\/confirm-email/, "public"],
  [/actions\/(admin|renewals)\//, ADMIN],
  [/actions\/opportunities\/(close-posting|create-skill|import-postings|merge-skills|rename-skill)/, ADMIN],
  [/actions\/support\//, STAFF],
  [/actions\/(profile|transcript|badges|settings|opportunities)\//, CANDIDATE],
];

const dalRules: [RegExp, Allowed][] = [
  // Pages anyone may see: verification, public profiles, shared transcripts, certificate checks, the dev mailbox.
  [/dal\/(badge-public|badge-documents|certificates|dev-mailbox|public-[\w-]+|shared-transcript[\w-]*)\.ts/, "public"],
  [/dal\/badge-claim\.ts/, "public"], // the claim page itself answers anonymous visitors with "sign in first"
  [/dal\/(admin|admin-[\w-]+)(\/|\.ts)/, ADMIN],
  [/dal\/(support\/|staff-overview)/, STAFF],
  [/dal\/renewals\.ts/, ADMIN],
  [/dal\//, CANDIDATE],
];

/** Functions whose audience differs from their module's. */
const functionRules: Record<string, Allowed> = {
  listCandidateBadgesForStaff: STAFF, // badge histories in the support console
  listRenewals: ["CANDIDATE", "SUPPORT", "ADMIN"], // the owner's own certification, or any for staff
  // A shared transcript is opened with the link and its access code, by anyone who has both.
  viewSharedTranscript: "public",
  unlockSharedTranscript: "public",
};

function allowedFor(rules: [RegExp, Allowed][], file: string): Allowed | undefined {
  return rules.find(([pattern]) => pattern.test(file))?.[1];
}

/** Arguments shaped enough that a function reaches its first statement; the role check must come before use. */
const anything = new Proxy({}, { get: (_t, p) => (p === "then" ? undefined : "x") });

async function outcome(viewer: Viewer | null, call: () => Promise<unknown>) {
  try {
    await runAsViewer(viewer, call);
    return "allowed";
  } catch (error) {
    const status = interruptStatus(error);
    if (status) return status;
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/sign-in")) return 401;
    return `threw: ${(error as Error).message?.slice(0, 120)}`;
  }
}

let viewers: Record<"anonymous" | Role, Viewer | null>;
let checks = 0;
beforeAll(async () => {
  viewers = {
    anonymous: null,
    CANDIDATE: viewerOf(await makeCandidate()),
    SUPPORT: viewerOf(await makeStaff("SUPPORT")),
    ADMIN: viewerOf(await makeStaff("ADMIN")),
  };
});

async function checkModule(file: string, allowed: Allowed, invoke: (fn: (...a: unknown[]) => Promise<unknown>) => Promise<unknown>) {
  const mod = (await import(path.resolve(file))) as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, fn] of Object.entries(mod)) {
    const rule = functionRules[name] ?? allowed;
    if (typeof fn !== "function" || rule === "public") continue;
    for (const who of ["anonymous", "CANDIDATE", "SUPPORT", "ADMIN"] as const) {
      if (who !== "anonymous" && rule.includes(who)) continue;
      const expected = who === "anonymous" ? 401 : 403;
      checks++;
      const got = await outcome(viewers[who], () => invoke(fn as (...a: unknown[]) => Promise<unknown>));
      if (got !== expected) problems.push(`${name} as ${who}: expected ${expected}, got ${got}`);
    }
  }
  return problems;
}

/** Route handlers by folder. Public ones answer anyone (private badges there answer 404 inside). */
const routeRules: [RegExp, Allowed][] = [
  [/^app\/(\.well-known|api\/auth|api\/health|api\/ob|dev\/mailbox|\(public\))\//, "public"],
  [/^app\/(\(admin\)|api\/imports)\//, ADMIN],
  [/^app\/\(support\)\//, STAFF],
  [/^app\/\(candidate\)\//, CANDIDATE],
];

describe("authorisation matrix", () => {
  it("every route handler turns away callers whose role may not use it", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of files("app").filter((f) => f.endsWith("/route.ts"))) {
      const allowed = allowedFor(routeRules, file);
      if (!allowed) {
        problems.push(`${file}: not in the authorisation matrix; add a rule`);
        continue;
      }
      if (allowed === "public") continue;
      const mod = (await import(path.resolve(file))) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = mod[method] as ((req: Request, ctx: unknown) => Promise<Response>) | undefined;
        if (typeof handler !== "function") continue;
        for (const who of ["anonymous", "CANDIDATE", "SUPPORT", "ADMIN"] as const) {
          if (who !== "anonymous" && allowed.includes(who)) continue;
          let status: unknown;
          await runAsViewer(viewers[who], async () => {
            try {
              const res = await handler(new Request("http://localhost:3000/x", { method, body: method === "GET" ? undefined : "" }), {
                params: Promise.resolve(new Proxy({}, { get: (_t, p) => (p === "then" ? undefined : "x") })),
              });
              status = res.status >= 300 && res.status < 400 && (res.headers.get("location") ?? "").includes("/sign-in") ? 401 : res.status;
            } catch (error) {
              status = interruptStatus(error) ?? `threw: ${(error as Error).message?.slice(0, 100)}`;
            }
          });
          checked++;
          const acceptable = who === "anonymous" ? [401, 404] : [403, 404];
          if (!acceptable.includes(status as number)) problems.push(`${file} ${method} as ${who}: got ${status}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10); // the discovery found the protected routes
  }, 120_000);

  it("every server action turns away callers whose role may not use it", async () => {
    const problems: string[] = [];
    for (const file of files("lib/actions").filter((f) => !/safe-action|form-state/.test(f))) {
      const allowed = allowedFor(actionRules, file);
      if (!allowed) {
        problems.push(`${file}: not in the authorisation matrix; add a rule`);
        continue;
      }
      const fd = new FormData();
      // Server actions are called as (state, form) or, when bound, (id, state, form).
      problems.push(...(await checkModule(file, allowed, (fn) => fn("x", initialActionState, fd).catch(async (e) => {
        if (interruptStatus(e)) throw e;
        return fn(initialActionState, fd);
      }))).map((p) => `${file} ${p}`));
    }
    expect(problems).toEqual([]);
    expect(checks).toBeGreaterThan(100);
  }, 120_000);

  it("every data access function checks the session and role before anything else", async () => {
    const problems: string[] = [];
    for (const file of files("lib/dal")) {
      const allowed = allowedFor(dalRules, file);
      if (!allowed) {
        problems.push(`${file}: not in the authorisation matrix; add a rule`);
        continue;
      }
      problems.push(...(await checkModule(file, allowed, (fn) => fn(anything, anything, anything))).map((p) => `${file} ${p}`));
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
