import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The real package throws outside React Server Components; the DAL is exercised directly in tests.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    // next-auth imports "next/server" without an extension, which Node's ESM loader rejects; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    // Next inlines this at build time from experimental.authInterrupts; tests run the DAL unbundled.
    env: { __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // Each file gets its own database (cloned from a migrated template) and its own SMTP server.
          pool: "forks",
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
