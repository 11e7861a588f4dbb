// Browser timings for `npm run bench` (e2e/bench/*.measure.ts): the e2e setup (demo sign-ins) and server,
// on a port and embedded database of their own (.data-bench-browser), so they never meet the test suite's.
import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import base from "./playwright.config";

const PORT = Number(process.env.BENCH_E2E_PORT ?? 3301);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const server = base.webServer as Extract<PlaywrightTestConfig["webServer"], { command: string }>;
const [setup, suite] = base.projects!;

export default defineConfig({
  ...base,
  reporter: "list",
  use: { ...base.use, baseURL: BASE_URL },
  projects: [setup!, { ...suite!, name: "measure", testMatch: /\.measure\.ts$/ }],
  webServer: {
    ...server,
    url: `${BASE_URL}/api/health`,
    env: { ...server.env, PORT: String(PORT), SITE_URL: BASE_URL, DATA_DIR: ".data-bench-browser" },
  },
});
