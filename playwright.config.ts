import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The browser tests run against a production build served by the same start script a newcomer uses, on a
// throwaway embedded PostgreSQL with the demo data. Workers inherit these from the main process.
process.env.CERTDASH_E2E_DIR ??= mkdtempSync(path.join(tmpdir(), "certdash-e2e-"));
process.env.E2E_PORT ??= "3100";
const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium when present (Playwright cannot download its own browser on every machine); else Playwright's.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
        // Without these Chromium keeps calling home, which a closed network answers with a flood of errors.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /\.phone\.spec\.ts$/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /\.phone\.spec\.ts$/ },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/start.ts start",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      CERTDASH_DATA_DIR: process.env.CERTDASH_E2E_DIR,
      CERTDASH_EPHEMERAL: "1",
      EMBEDDED_PG_PORT: String(port + 20000),
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
      APP_URL: baseURL,
      // The browser tests read sign-in links from the development mailbox, which production serves only when asked.
      DEV_MAILBOX: "true",
      // Every test signs in from this one machine; the limits themselves are covered by integration tests.
      RATE_LIMIT_SCALE: "50",
    },
  },
});
