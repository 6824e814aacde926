import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("agree with schema.prisma", () => {
    const diff = spawnSync(
      path.resolve("node_modules/.bin/prisma"),
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { env: process.env, encoding: "utf8" },
    );
    // 0: no difference; 2: the schema has changes no migration carries (run `npm run db:migration NAME`).
    expect(diff.stdout + diff.stderr).toContain("No difference detected");
    expect(diff.status).toBe(0);
  }, 60_000);
});
