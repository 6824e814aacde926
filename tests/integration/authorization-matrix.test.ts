import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runAsViewer, type Viewer } from "@/lib/session";
import { initialActionState } from "@/lib/forms/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { interruptStatus } from "../support/http-errors";

// Every server action and every data access function, found on disk (so nothing added later escapes), called by
// each kind of caller that must be turned away. Who may call what follows from the folder alone: the entry layer
// has one folder per audience, each with one guard, and no exceptions by name.

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

/** The four folder rules, with each audience's guard and the action client its actions are made with. */
const audiences = {
  public: { allowed: "public", clients: ["publicAction", "publicSubmit"] },
  candidate: { allowed: CANDIDATE, clients: ["candidateAction"] },
  support: { allowed: STAFF, clients: ["staffAction"] },
  admin: { allowed: ADMIN, clients: ["adminAction"] },
} satisfies Record<string, { allowed: Allowed; clients: string[] }>;
type Audience = keyof typeof audiences;

const guardOf = (audience: string) => `lib/${audience}/guard.ts`;
const isAction = (file: string) => file.split(path.sep).includes("actions");

/** Every module of the entry layer, with its audience; the guards themselves are what the rest is checked against. */
const entryModules = (Object.keys(audiences) as Audience[]).flatMap((audience) =>
  files(`lib/${audience}`)
    .filter((file) => file !== guardOf(audience))
    .map((file) => ({ file, audience, ...audiences[audience] })),
);

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

async function checkModule(
  file: string,
  allowed: Allowed,
  invoke: (fn: (...a: unknown[]) => Promise<unknown>) => Promise<unknown>,
) {
  const mod = (await import(path.resolve(file))) as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, fn] of Object.entries(mod)) {
    const rule = allowed;
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
  [/^app\/\(candidate\)\//, CANDIDATE],
];

describe("authorisation matrix", () => {
  it("every route handler turns away callers whose role may not use it", async () => {
    const problems: string[] = [];
    const usedRouteRules = new Set<number>();
    let checked = 0;
    for (const file of files("app").filter((f) => f.endsWith("/route.ts"))) {
      const allowed = allowedFor(routeRules, file);
      usedRouteRules.add(routeRules.findIndex(([pattern]) => pattern.test(file)));
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
              const res = await handler(
                new Request("http://localhost:3000/x", { method, body: method === "GET" ? undefined : "" }),
                {
                  params: Promise.resolve(new Proxy({}, { get: (_t, p) => (p === "then" ? undefined : "x") })),
                },
              );
              status =
                res.status >= 300 && res.status < 400 && (res.headers.get("location") ?? "").includes("/sign-in")
                  ? 401
                  : res.status;
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
    for (const [i, [pattern]] of routeRules.entries())
      if (!usedRouteRules.has(i)) problems.push(`route rule ${pattern} matches no route`);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10); // the discovery found the protected routes
  }, 120_000);

  it("every module of lib/ that checks a role or is a server action lives in one audience folder and uses its guard", () => {
    const problems: string[] = [];
    for (const audience of Object.keys(audiences) as Audience[]) {
      const mine = entryModules.filter((m) => m.audience === audience);
      // A folder rule that matches nothing is a rule nobody checks.
      if (!mine.some((m) => isAction(m.file)))
        problems.push(`lib/${audience}: no server action found; is the rule still needed?`);
      if (!mine.some((m) => !isAction(m.file)))
        problems.push(`lib/${audience}: no data function found; is the rule still needed?`);
    }
    for (const { file, audience, clients } of entryModules) {
      const source = readFileSync(file, "utf8");
      const usesGuard = source.includes(`from "@/${guardOf(audience).replace(/\.ts$/, "")}"`);
      if (/\brequireRole\b|\bformActionClient\b|\bsubmitActionClient\b/.test(source))
        problems.push(`${file}: checks roles itself; use lib/${audience}/guard.ts`);
      for (const other of Object.keys(audiences).filter((a) => a !== audience)) {
        if (source.includes(`@/lib/${other}/guard"`))
          problems.push(`${file}: uses the ${other} guard; move it to lib/${other}/`);
      }
      if (isAction(file)) {
        if (!source.startsWith('"use server"')) problems.push(`${file}: an actions/ folder holds server actions only`);
        if (!usesGuard || !clients.some((c) => new RegExp(`\\b${c}(<[^>]*>)?\\(`).test(source))) {
          problems.push(`${file}: every action is made with ${clients.join(" or ")} from lib/${audience}/guard.ts`);
        }
      } else if (audience !== "public" && !usesGuard) {
        problems.push(`${file}: every data function here starts with the guard of lib/${audience}/guard.ts`);
      }
    }
    // Nothing outside the four folders is a server action or checks a role.
    for (const file of files("lib").filter((f) => !f.startsWith(`lib${path.sep}generated`))) {
      if (entryModules.some((m) => m.file === file) || Object.keys(audiences).some((a) => file === guardOf(a)))
        continue;
      if (file === "lib/session.ts") continue; // where requireRole itself is written
      const source = readFileSync(file, "utf8");
      if (source.startsWith('"use server"') || /\brequireRole\(|\brequireViewer\(/.test(source)) {
        problems.push(
          `${file}: matches no audience rule; move it under lib/public, lib/candidate, lib/support or lib/admin`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it("every server action turns away callers whose role may not use it", async () => {
    const problems: string[] = [];
    for (const { file, allowed } of entryModules.filter((m) => isAction(m.file))) {
      const fd = new FormData();
      // Server actions are called as (state, form) or, when bound, (id, state, form).
      problems.push(
        ...(
          await checkModule(file, allowed, (fn) =>
            fn("x", initialActionState, fd).catch(async (e) => {
              if (interruptStatus(e)) throw e;
              return fn(initialActionState, fd);
            }),
          )
        ).map((p) => `${file} ${p}`),
      );
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("every data access function checks the session and role before anything else", async () => {
    const problems: string[] = [];
    for (const { file, allowed } of entryModules.filter((m) => !isAction(m.file))) {
      problems.push(
        ...(await checkModule(file, allowed, (fn) => fn(anything, anything, anything))).map((p) => `${file} ${p}`),
      );
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("checked at least as many calls as the matrix did by name", () => {
    // 317 calls were checked when the matrix found files and functions by regular expression and by name.
    console.log(`authorisation matrix: ${checks} calls checked`);
    expect(checks).toBeGreaterThanOrEqual(317);
  });
});
