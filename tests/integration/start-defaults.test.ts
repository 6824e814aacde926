import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/global-setup";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Runs `npm start`'s script with only the given environment; resolves when it exits or prints `until`. */
async function start(env: Record<string, string>, until?: RegExp) {
  const dir = await mkdtemp(path.join(tmpdir(), "certdash-start-"));
  dirs.push(dir);
  const environment: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    CERTDASH_DATA_DIR: dir,
    CERTDASH_EPHEMERAL: "1",
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(await freePort()),
    ...env,
  };
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts", "start"], {
    env: environment as unknown as NodeJS.ProcessEnv,
  });
  let output = "";
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output)) child.kill("SIGTERM");
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("npm start's defaults", () => {
  it("refuse to run in production without a mail server, even on the embedded database", async () => {
    const { code, output } = await start({});
    expect(code).toBe(1);
    expect(output).toMatch(/SMTP_URL: is required in production/);
    expect(output).not.toMatch(/development mailbox: http/);
  }, 60_000);

  it("say out loud that DEV_MAILBOX=true in production makes every sign-in link readable", async () => {
    const { output } = await start(
      { DEV_MAILBOX: "true", DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", AUTH_SECRET: "x".repeat(40) },
      /answers only to requests from this machine/,
    );
    expect(output).toMatch(/WARNING: DEV_MAILBOX=true in production/);
    expect(output).toMatch(/can sign in as anyone, administrators included/);
  }, 60_000);
});
