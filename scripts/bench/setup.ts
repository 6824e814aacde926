import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);

/** A throwaway embedded PostgreSQL with the schema applied, and the environment the app reads. */
export async function benchDatabase(port: number) {
  const dir = await mkdtemp(path.join(tmpdir(), "certdash-bench-"));
  const pg = await startEmbeddedPostgres({ dir, port, database: "certdash", ephemeral: true });
  Object.assign(process.env, {
    DATABASE_URL: pg.url,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    DEV_MAILBOX: "true",
    NODE_ENV: "production",
  });
  const migrate = spawnSync(bin("prisma"), ["migrate", "deploy"], { env: process.env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(migrate.stderr);
  return pg;
}

/** A production build in its own folder, so it never disturbs a developer's .next. */
export function build(distDir: string) {
  const result = spawnSync(bin("next"), ["build"], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function startServer(distDir: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  // As `npm start` serves: one process per core.
  const child = spawn(bin("tsx"), ["scripts/serve.ts"], {
    env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, PORT: String(port) },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
}
