import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDb } from "../../lib/db/embedded";
import { freePort } from "./global-setup";

/**
 * A PostgreSQL cluster of a test file's own, migrated, that the test may stop and start again: stopping the
 * cluster every other file shares would break them. Databases are made from the migrated template.
 */
export async function ownPostgres() {
  const dir = await mkdtemp(path.join(tmpdir(), "certdash-fault-"));
  const port = await freePort();
  const boot = () =>
    startEmbeddedPostgres({ dir, port, database: "certdash_template", ephemeral: true, restartable: true });
  let cluster: EmbeddedDb | null = await boot();
  const templateUrl = cluster.url;
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: templateUrl },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  const url = (database: string) => new URL(`/${database}`, templateUrl).toString();

  return {
    port,
    url,
    /** A new database copied from `template` (by default the migrated, empty one). */
    async createDatabase(name: string, template = "certdash_template") {
      const admin = new pg.Client({ connectionString: url("postgres") });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      await admin.end();
      return url(name);
    },
    /** PostgreSQL's fast shutdown, as an operator's restart or a failover does it: every connection is cut. */
    async stop() {
      await cluster?.stop();
      cluster = null;
    },
    async start() {
      cluster ??= await boot();
    },
    async destroy() {
      await cluster?.stop();
      cluster = null;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type OwnPostgres = Awaited<ReturnType<typeof ownPostgres>>;

/** Polls `check` until it holds; database errors while it runs count as "not yet". */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 30_000, what = "the condition") {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
