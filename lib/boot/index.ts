// Server start-up, run once per process from instrumentation.ts: open (and lock) the database, apply
// migrations, load first-start data, and say where the portal is. A locked data directory stops the process.
import { env, siteUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { hasDemoContent, hasDemoServices, seedDemoContent, seedDemoServices, seedSettings } from "@/db/seed";
import { DataDirLockedError } from "@/db/lock";
import fs from "node:fs";
import { count } from "drizzle-orm";
import { users } from "@/db/schema";
import { demoUsers } from "@/db/seed-data/demo-users";
import { createInitialUser } from "@/lib/users/mutations";
import { findUserByEmail } from "@/lib/auth/users";
import { verifyPassword } from "@/lib/auth/password";
import { startScheduler } from "@/lib/newsroom/scheduler";
import { startRateLimitPruning } from "@/lib/rate-limit";
import type { Db } from "@/db/client";
import path from "node:path";

/**
 * Next keeps rendered ISR pages and unstable_cache data on disk across restarts (and builds), and neither
 * knows which database it came from: after a restore, a switch of database or a direct edit, a restarted
 * server would serve another database's pages. Each boot starts from an empty render cache instead.
 */
export function clearRenderCaches(root = process.cwd()): void {
  for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) {
    fs.rmSync(path.join(root, dir), { recursive: true, force: true });
  }
}

export function demoContentEnabled(): boolean {
  const v = process.env.DEMO_CONTENT;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return !env.DATABASE_URL;
}

/** First start: the administrator from SEED_ADMIN_*, else (demo mode) the demo accounts. Returns the
 * sign-in lines to print. */
async function ensureInitialUsers(db: Db): Promise<string[]> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n === 0) {
    if (env.SEED_ADMIN_EMAIL && env.SEED_ADMIN_PASSWORD) {
      await createInitialUser({ email: env.SEED_ADMIN_EMAIL, name: "Quản trị viên", password: env.SEED_ADMIN_PASSWORD, role: "admin" });
    } else if (demoContentEnabled()) {
      for (const u of demoUsers) await createInitialUser(u);
    }
  }
  const lines: string[] = [];
  if (env.SEED_ADMIN_EMAIL) lines.push(`  Administrator: ${env.SEED_ADMIN_EMAIL} (password from SEED_ADMIN_PASSWORD)`);
  if (demoContentEnabled()) {
    for (const d of demoUsers) {
      const u = await findUserByEmail(d.email);
      // Print a demo password only while it still works (nobody changed it).
      if (u?.active && (await verifyPassword(u.passwordHash, d.password))) lines.push(`  ${d.role === "admin" ? "Administrator" : "Editor (staff)"}: ${d.email} / ${d.password}`);
    }
  }
  if (!lines.length && n === 0) lines.push("  No user exists: set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD and restart.");
  return lines;
}

export async function boot(): Promise<void> {
  const started = Date.now();
  try {
    clearRenderCaches();
    const handle = await getDbHandle();
    await migrateDatabase(handle, env.DATABASE_URL);
    await seedSettings(handle.db);
    if (demoContentEnabled() && !(await hasDemoContent(handle.db))) {
      const { inserted } = await seedDemoContent(handle.db);
      logger.info({ inserted }, "demo content loaded");
    }
    // The demo catalogue on its own: a database made before it existed gets it too, once.
    if (demoContentEnabled() && !(await hasDemoServices(handle.db))) {
      const { inserted } = await seedDemoServices(handle.db);
      logger.info({ inserted }, "demo services loaded");
    }
    const signIn = await ensureInitialUsers(handle.db);
    // Scheduled articles are published by this process, whether or not anyone opens the admin.
    startScheduler();
    startRateLimitPruning();
    logger.info({ database: handle.kind, ms: Date.now() - started }, "database ready");
    console.log(
      [
        "",
        `  Cổng thông tin điện tử đang chạy: ${siteUrl()}`,
        `  Database: ${handle.kind === "pglite" ? `embedded PGlite in ${env.DATA_DIR}/` : "PostgreSQL server (DATABASE_URL)"}`,
        `  Sign in at ${siteUrl()}/login`,
        ...signIn,
        "",
      ].join("\n"),
    );
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`\n${err.message}\n`);
      process.exit(1);
    }
    logger.fatal({ err }, "start-up failed");
    process.exit(1);
  }
}
