// `npm run lint`: formatting and lint rules (Biome), import rules (dependency-cruiser, .dependency-cruiser.cjs), and
// file length. Each check runs even when an earlier one fails, so one run lists everything to fix.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const bin = (name: string) => path.resolve("node_modules", ".bin", name);
const SOURCE_ROOTS = ["app", "lib", "components", "scripts", "prisma", "tests", "proxy.ts", "instrumentation.ts"];

/** A file longer than this is usually two concerns; split it, or give the reason below. */
const MAX_LINES = 300;
/** Files allowed to be longer, each with its reason. */
const LONG_FILES: Record<string, string> = {
  "prisma/seed/catalogue-data.ts": "the demo catalogue as data, one entry per exam and certification, with no logic",
};

function longFiles(): string[] {
  const listed = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "--", ...SOURCE_ROOTS], {
    encoding: "utf8",
  });
  return listed.stdout
    .split("\n")
    .filter((file) => /\.(ts|tsx|mts|mjs|cjs)$/.test(file) && !(file in LONG_FILES))
    .flatMap((file) => {
      let lines: number;
      try {
        lines = readFileSync(file, "utf8").split("\n").length;
      } catch {
        return []; // deleted in the work tree, not yet in the index
      }
      return lines > MAX_LINES
        ? [`${file}: ${lines} lines (at most ${MAX_LINES}; split it, or give the reason in scripts/lint.ts)`]
        : [];
    });
}

const checks: [string, () => boolean][] = [
  [
    "formatting and lint rules (biome)",
    () => spawnSync(bin("biome"), ["check", "--error-on-warnings", "."], { stdio: "inherit" }).status === 0,
  ],
  [
    "import rules (dependency-cruiser)",
    () =>
      spawnSync(bin("depcruise"), ["--config", ".dependency-cruiser.cjs", ...SOURCE_ROOTS], { stdio: "inherit" })
        .status === 0,
  ],
  [
    "file length",
    () => {
      const long = longFiles();
      for (const line of long) console.error(`  ${line}`);
      return long.length === 0;
    },
  ],
];

let failed = 0;
for (const [name, check] of checks) {
  console.log(`\n\x1b[1m▷ ${name}\x1b[0m`);
  if (!check()) {
    failed++;
    console.error(`✗ ${name}`);
  }
}
if (failed) process.exit(1);
console.log("\n✓ lint passed");
