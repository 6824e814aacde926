// `npm test`: every check, in the order that fails fastest. Types and lint (seconds), unit, integration (embedded
// PostgreSQL and a real SMTP server), then a production build and the browser tests against it.
import { spawnSync } from "node:child_process";
import path from "node:path";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";

const steps: [string, string, string[], Record<string, string>?][] = [
  ["type check", bin("tsc"), ["--noEmit"]],
  ["lint", bin("tsx"), ["scripts/lint.ts"]],
  ["unit tests", bin("vitest"), ["run", "--project", "unit"]],
  ["integration tests", bin("vitest"), ["run", "--project", "integration"]],
  [
    "production build for the browser tests",
    bin("next"),
    ["build"],
    { NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  ],
  ["browser tests", bin("playwright"), ["test"], { NEXT_DIST_DIR: distDir }],
];

const only = process.argv[2];
for (const [name, command, args, env] of steps) {
  if (only && !name.startsWith(only)) continue;
  console.log(`\n\x1b[1m▶ ${name}\x1b[0m`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✓ all tests passed");
