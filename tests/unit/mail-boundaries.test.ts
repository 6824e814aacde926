import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Mail and jobs go one way: badges (and every other feature) shape their data and call the outbox, the outbox
 * records messages and asks the queue for jobs, the queue notifies the workers. These scan the source tree, so a
 * new file that writes a job or a message, or sends a notification, on its own is caught as it is added.
 */
const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((file) => !file.startsWith("lib/generated/"));
}

const application = [...sources("lib"), ...sources("app"), ...sources("components")];
const text = new Map(application.map((file) => [file, readFileSync(path.join(root, file), "utf8")]));

/** Files whose text matches `pattern`, outside the folders allowed to. */
function offenders(pattern: RegExp, allowed: (file: string) => boolean) {
  return application.filter((file) => !allowed(file) && pattern.test(text.get(file)!));
}

const WRITE = "create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";
const sqlWrite = (table: string) => new RegExp(`(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"${table}"`);
const ormWrite = (model: string) => new RegExp(`\\.${model}\\s*\\.\\s*(${WRITE})\\s*\\(`);

describe("one-way mail and jobs", () => {
  it("the scan sees the application's files", () => {
    // Guards the scans below against passing because they read nothing.
    expect(application).toContain("lib/jobs/queue.ts");
    expect(application).toContain("lib/email/outbox.ts");
    expect(offenders(ormWrite("job"), () => false)).toContain("lib/jobs/worker.ts");
    expect(offenders(sqlWrite("Job"), () => false)).toContain("lib/jobs/worker.ts");
  });

  it("only lib/jobs writes Job rows", () => {
    const inJobs = (f: string) => f.startsWith("lib/jobs/");
    expect(offenders(ormWrite("job"), inJobs)).toEqual([]);
    expect(offenders(sqlWrite("Job"), inJobs)).toEqual([]);
  });

  it("only lib/email writes EmailMessage rows", () => {
    const inEmail = (f: string) => f.startsWith("lib/email/");
    expect(offenders(ormWrite("emailMessage"), inEmail)).toEqual([]);
    expect(offenders(sqlWrite("EmailMessage"), inEmail)).toEqual([]);
  });

  it("pg_notify is called in one place", () => {
    expect(offenders(/pg_notify/, (f) => f === "lib/db/notify.ts")).toEqual([]);
  });

  it("lib/email imports nothing from lib/badges", () => {
    const badgeImport = /from\s+["'](@\/lib\/badges\/|(\.\.\/)+badges\/)|import\(\s*["']@\/lib\/badges\//;
    expect(offenders(badgeImport, (f) => !f.startsWith("lib/email/"))).toEqual([]);
  });
});
