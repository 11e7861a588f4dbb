// End-to-end suite: citizen journeys against a production build (`next build` runs beforehand, in the test
// script) served by the portal's server (scripts/server.ts, as `npm start` serves it) on its own port with
// its own, fresh database (PGlite in .data-e2e, or the PostgreSQL database named by DATABASE_URL). One
// worker: two cores and one server. `--grep @smoke` runs the smoke subset (the embedded database in CI).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN } from "./e2e/support";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
// The shipped nginx that e2e/proxy.spec.ts starts in front of this server; the server purges it on publish.
export const PROXY_PORT = PORT + 100;

const serverEnv: Record<string, string> = {
  NODE_ENV: "production",
  PORT: String(PORT),
  DATA_DIR: ".data-e2e",
  DEMO_CONTENT: "true",
  // The suite's administrator, on both databases: demo accounts never exist in production on a server
  // database, so the set-up signs in as this one (and creates its editor, e2e/auth.setup.ts).
  SEED_ADMIN_EMAIL: ADMIN.email,
  SEED_ADMIN_PASSWORD: ADMIN.password,
  AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789abcdef",
  // Production on a server database must be given the audit chain's key (lib/audit/key.ts).
  AUDIT_KEY: "e2e-only-audit-key-not-for-production-0123456789",
  SITE_URL: BASE_URL,
  // Warnings and errors only, so server trouble stands out in the test output (override with LOG_LEVEL).
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  // The scheduled-publishing journey then waits seconds, not half a minute.
  SCHEDULER_INTERVAL_SECONDS: "2",
  PROXY_PURGE_URL: `http://127.0.0.1:${PROXY_PORT}/purge`,
  NEXT_TELEMETRY_DISABLED: "1",
};
if (process.env.DATABASE_URL) serverEnv.DATABASE_URL = process.env.DATABASE_URL;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // No retries: a flaky test is a fault to fix, and a retry doubles the cost of every real failure.
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
  },
  projects: [
    // Signs in once as the demo administrator and the demo editor; specs reuse the saved state with
    // test.use({ storageState: STAFF_STATE }) (e2e/support.ts). Never sign these two out in a spec: signing
    // out ends every session of the user. Specs that sign out or deactivate use throwaway accounts.
    {
      name: "setup",
      testMatch: /auth\.setup\.ts/,
      use: {
        launchOptions: {
          executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        },
      },
    },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    // The app is built beforehand (`next build` in the test script); the server clears Next's on-disk
    // render caches at boot (lib/boot), so a fresh database never meets pages cached from another one.
    // e2e/seed-private-file.ts first puts the one private file the downloads spec needs into the e2e database
    // (before the server opens it: one process at a time on the embedded database).
    command: "node --conditions=react-server --import tsx e2e/seed-private-file.ts && node --import tsx scripts/server.ts",
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: serverEnv,
  },
});
