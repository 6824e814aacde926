import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";

export const TEMPLATE_DB = "certdash_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplateUrl: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** One throwaway PostgreSQL cluster for the run, with a migrated template database to clone per test file. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), "certdash-test-"));
  const pg = await startEmbeddedPostgres({ dir, port: await freePort(), database: TEMPLATE_DB, ephemeral: true });
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: pg.url },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  project.provide("pgTemplateUrl", pg.url);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
