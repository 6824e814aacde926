// `npm run dev` / `npm start`: the whole app from one command. Without DATABASE_URL it runs an embedded PostgreSQL
// under .data/. In development, without SMTP_URL, mail goes to the development mailbox at /dev/mailbox; in
// production that takes DEV_MAILBOX=true, said out loud, because the mailbox shows every sign-in link.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startEmbeddedPostgres, type EmbeddedDb } from "@/lib/db/embedded";
import { startSmtpSink, type SmtpSink } from "@/lib/email/smtp-sink";

const mode = process.argv[2] === "start" ? "start" : "dev";
if (existsSync(".env")) process.loadEnvFile(".env");
Object.assign(process.env, { NODE_ENV: mode === "dev" ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" });

const dataDir = path.resolve(process.env.CERTDASH_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const children: ChildProcess[] = [];
let embedded: EmbeddedDb | undefined;
let sink: SmtpSink | undefined;

function say(line: string) {
  console.log(`\x1b[36m[certdash]\x1b[0m ${line}`);
}

function run(command: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: process.env });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited ${code}`)),
    );
  });
}

async function secretFile(file: string) {
  if (!existsSync(file)) await writeFile(file, randomBytes(33).toString("base64"), { mode: 0o600 });
  return (await readFile(file, "utf8")).trim();
}

async function shutdown(code = 0) {
  for (const child of children) child.kill("SIGTERM");
  await sink?.close().catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
  process.exit(code);
}

async function main() {
  await mkdir(dataDir, { recursive: true });
  const local = !process.env.DATABASE_URL;
  if (local) {
    // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through this folder.
    await chmod(dataDir, 0o755);
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    say(`starting the embedded PostgreSQL on port ${pgPort} (data in ${path.relative(".", dataDir) || "."}/postgres)`);
    embedded = await startEmbeddedPostgres({
      dir: path.join(dataDir, "postgres"),
      port: pgPort,
      database: "certdash",
      ephemeral: process.env.CERTDASH_EPHEMERAL === "1",
    });
    process.env.DATABASE_URL = embedded.url;
    await writeFile(path.join(dataDir, "database-url"), embedded.url, { mode: 0o600 });
  }
  process.env.APP_URL ??= `http://localhost:${port}`;
  // A generated secret is fine for a machine of one's own; a shared deployment sets AUTH_SECRET itself.
  if (!process.env.AUTH_SECRET && (local || mode === "dev")) {
    process.env.AUTH_SECRET = await secretFile(path.join(dataDir, "auth-secret"));
  }
  // Only development falls back to the mailbox by itself. In production a missing SMTP_URL stops the start (env()
  // below names it): a mailbox that anyone can read would hand out every account's sign-in link, admins' included.
  if (!process.env.SMTP_URL && mode === "dev") process.env.DEV_MAILBOX = "true";
  // `next dev` is one process: the connection budget need not be split as if there were one per core.
  if (mode === "dev") process.env.WEB_CONCURRENCY ??= "1";

  // Fail now, naming the variable, rather than on the first request.
  const { env } = await import("@/lib/env");
  try {
    env();
  } catch (error) {
    console.error((error as Error).message);
    return shutdown(1);
  }
  const mailbox = env().DEV_MAILBOX;
  if (mailbox && mode === "start") warnMailboxInProduction();

  say("applying database migrations");
  await run(bin("prisma"), ["migrate", "deploy"]);

  const { setProcessKind } = await import("@/lib/db/pool-settings");
  setProcessKind("launcher");
  // Production prints it from scripts/serve.ts, which can also run on its own.
  if (mode === "dev") {
    const { describePlan } = await import("@/lib/db/connection-budget");
    const { connectionPlan } = await import("@/lib/db/pool-settings");
    const e = env();
    say(
      describePlan(
        { budget: e.DATABASE_MAX_CONNECTIONS, webProcesses: e.WEB_CONCURRENCY, workers: e.JOB_WORKERS },
        connectionPlan(),
      ),
    );
  }

  const { db } = await import("@/lib/db");
  const { seedIfEmpty } = await import("@/prisma/seed");
  const seeded = await seedIfEmpty(db);
  if (seeded) say("loaded the demo data");

  if (mailbox && !process.env.SMTP_URL) {
    const { storeInDevMailbox } = await import("@/lib/email/dev-mailbox-store");
    sink = await startSmtpSink({ port: Number(process.env.DEV_SMTP_PORT ?? 0), onMail: storeInDevMailbox(db) });
    process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
  }

  const worker = spawn(bin("tsx"), ["scripts/worker.ts"], { stdio: "inherit", env: process.env });
  children.push(worker);

  if (mode === "start" && !existsSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    console.error("No production build found: run `npm run build` first.");
    return shutdown(1);
  }
  // Production runs one server process per core (scripts/serve.ts); development runs Next's dev server.
  const next =
    mode === "start"
      ? spawn(bin("tsx"), ["scripts/serve.ts"], { stdio: "inherit", env: { ...process.env, PORT: String(port) } })
      : spawn(bin("next"), ["dev", "--port", String(port)], {
          stdio: "inherit",
          env: { ...process.env, NODE_OPTIONS: devNodeOptions() },
        });
  children.push(next);
  for (const child of children) child.on("exit", (code) => void shutdown(code ?? 0));

  say(`certdash is at ${process.env.APP_URL}`);
  if (mailbox && mode === "dev") say(`mail goes to the development mailbox: ${process.env.APP_URL}/dev/mailbox`);
  if (mailbox && mode === "start") warnMailboxInProduction();
}

/** DEV_MAILBOX=true in production: allowed for a demo on one's own machine, never quietly. */
function warnMailboxInProduction() {
  const red = (line: string) => console.warn(`\x1b[41m\x1b[97m ${line.padEnd(100)} \x1b[0m`);
  red("WARNING: DEV_MAILBOX=true in production.");
  red("No mail leaves this server: every message, every sign-in link included, is kept in the development mailbox.");
  red(`Anyone who can read ${process.env.APP_URL}/dev/mailbox can sign in as anyone, administrators included.`);
  red("The mailbox answers only to requests from this machine (loopback). Set SMTP_URL before real people sign in.");
}

/** Next's dev server runs in a process it forks; the client-address hook must load there before the server starts. */
function devNodeOptions() {
  const hook = `--import=${pathToFileURL(path.resolve("scripts/client-address-preload.mjs")).href}`;
  return [process.env.NODE_OPTIONS, hook].filter(Boolean).join(" ");
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void shutdown(1);
});
