// Vitest, projects. "unit" (tests/unit/**): pure code, no database, run once. "int" (tests/int/**):
// integration on a real Postgres (embedded PGlite by default, the server when DATABASE_URL is set); each
// file gets its own database cloned from a migrated template made once per run (tests/helpers/global-setup.ts).
//
// Files share their worker's module registry (isolate: false): loading the app's modules and compiling PGlite's
// wasm once per worker instead of once per file made the int suite 2.5× faster (PGlite 186 s → 75 s). That is
// safe because each file points the data layer at its own database in beforeAll (tests/helpers/db.ts) and every
// test starts from empty tables. A file that changes what others would see when they load a module (the
// environment through vi.stubEnv, the registry through vi.resetModules or vi.mock, globals) runs isolated in
// "unit-isolated" / "int-isolated"; which files those are is read from their source here, so a new one cannot
// be forgotten. `--project 'unit*'` / `--project 'int*'` runs both halves of a kind (scripts/test.sh).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const MODULE_STATE = /\bvi\s*\.\s*(stubEnv|stubGlobal|resetModules|mock|doMock|unmock|doUnmock)\s*\(/;

/** Test files under `dir` that change module-level state for whoever loads a module after them. */
function touchingModuleState(dir: string): string[] {
  const root = path.resolve(import.meta.dirname, dir);
  return (fs.readdirSync(root, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => /\.test\.tsx?$/.test(f))
    .filter((f) => MODULE_STATE.test(fs.readFileSync(path.join(root, f), "utf8")))
    .map((f) => path.posix.join(dir, f.split(path.sep).join("/")));
}

function split(name: string, dir: string, extra: Record<string, unknown> = {}) {
  const include = [`${dir}/**/*.test.{ts,tsx}`];
  const isolated = touchingModuleState(dir);
  const shared = { extends: true, test: { name, include, exclude: isolated, isolate: false, ...extra } };
  if (!isolated.length) return [shared];
  return [shared, { extends: true, test: { name: `${name}-isolated`, include: isolated, isolate: true, ...extra } }];
}

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
    projects: [...split("unit", "tests/unit"), ...split("int", "tests/int", { globalSetup: ["tests/helpers/global-setup.ts"] })],
  },
});
