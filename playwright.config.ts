// End-to-end suite: citizen journeys against a production build (`next build` runs beforehand, in the test
// script) served by the portal's server (scripts/server.ts, as `npm start` serves it) on its own port with
// its own, fresh database (PGlite in .data-e2e, or the PostgreSQL database named by DATABASE_URL). One
// worker: two cores and one server. `--grep @smoke` runs the smoke subset (the embedded database in CI).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN } from "./e2e/support";

// E2E_PORT lets two checkouts run their suites side by side (each takes its port and that port + 100 for the proxy).
const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The browser: Debian's old headless shell (package chromium-headless-shell, what Playwright itself runs headless)
// when installed, else Debian's full chromium, else Playwright's own. Measured on the server half of the suite
// (2026-12-02, 2 cores): Chromium used 67 CPU-seconds as the headless shell against 173 as the full browser,
// and the half ran in 110 s against 159. E2E_CHROMIUM names another binary.
const SYSTEM_CHROMIUM =
  process.env.E2E_CHROMIUM ?? ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"].find((p) => existsSync(p)) ?? "/usr/bin/chromium";
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

// E2E_HALF=embedded|server runs one half of the suite, by file; CI runs the embedded half on PGlite and the other on
// the PostgreSQL server, so every test runs once and each database gets half. The embedded half is every file with an @smoke test (they
// prove the embedded database end to end) and the files named here, chosen so the halves take about as long
// (2026-12-02: 203 s and 211 s of tests). A new file goes to the server half unless it is named here.
const EMBEDDED_ALSO = ["auth-two-step.spec.ts", "users.spec.ts"];
const HALF = process.env.E2E_HALF;
if (HALF && HALF !== "embedded" && HALF !== "server") throw new Error(`E2E_HALF must be "embedded" or "server", not "${HALF}"`);
function otherHalf(): RegExp[] {
  if (!HALF) return [];
  const dir = path.join(import.meta.dirname, "e2e");
  const specs = readdirSync(dir).filter((f) => f.endsWith(".spec.ts"));
  const embedded = new Set(specs.filter((f) => EMBEDDED_ALSO.includes(f) || readFileSync(path.join(dir, f), "utf8").includes("@smoke")));
  const ignored = specs.filter((f) => embedded.has(f) !== (HALF === "embedded"));
  return ignored.map((f) => new RegExp(`[\\\\/]${f.replace(/[.]/g, "\\.")}$`));
}

export default defineConfig({
  testDir: "e2e",
  testIgnore: otherHalf(),
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
    // A trace of every test, kept when it fails: locally. CI's checkout is thrown away after the run, so there the
    // failure's message and error context are what is read, and recording traces cost the browser a quarter of its
    // CPU time (E2E_TRACE=1 turns them on there, E2E_TRACE=0 off here).
    trace: (process.env.E2E_TRACE ?? (process.env.CI ? "0" : "1")) === "0" ? "off" : "retain-on-failure",
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
