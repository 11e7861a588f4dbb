// Vitest, two projects. "unit" (tests/unit/**): pure code, no database, run once. "int" (tests/int/**):
// integration on a real Postgres (embedded PGlite by default, the server when DATABASE_URL is set); each
// file gets its own database cloned from a migrated template made once per run (tests/helpers/global-setup.ts).
import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Next's marker package throws outside React Server Components; the data layer is tested directly.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty.ts"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // A fixed audit key, so no test generates one in the checkout's .data (tests/int/audit covers the others).
    env: { NODE_ENV: "test", LOG_LEVEL: "silent", AUDIT_KEY: "test-only-audit-key-not-for-production-0123456789" },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"] } },
      { extends: true, test: { name: "int", include: ["tests/int/**/*.test.{ts,tsx}"], globalSetup: ["tests/helpers/global-setup.ts"] } },
    ],
  },
});
