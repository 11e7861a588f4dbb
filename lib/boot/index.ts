// Server start-up, run once per process from instrumentation.ts: open (and lock) the database, apply
// migrations, load first-start data, and say where the portal is. A locked data directory stops the process.
import { env, siteUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { hasDemoAwards, hasDemoConference, hasDemoContent, hasDemoServices, seedDemoAwards, seedDemoConference, seedDemoContent, seedDemoServices, seedSettings } from "@/db/seed";
import { DataDirLockedError } from "@/db/lock";
import { RoleSetupError } from "@/db/migrate";
import { AuditKeyError, assertAuditKeyReady } from "@/lib/audit";
import fs from "node:fs";
import { demoAccountsAllowed, ensureInitialUsers } from "@/lib/users/initial-users";
import { startScheduler } from "@/lib/newsroom/scheduler";
import { startRateLimitPruning } from "@/lib/rate-limit";
import { prefillMissingYears } from "@/lib/holidays/mutations";
import { startMailSender } from "@/lib/mail/delivery";
import { vietnamParts } from "@/lib/time";
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

export async function boot(): Promise<void> {
  const started = Date.now();
  try {
    clearRenderCaches();
    // Before anything is written: no audit key, or another key than the log's, stops the start.
    const audit = assertAuditKeyReady();
    if (audit.anchor?.state === "invalid") logger.error({ anchor: audit.anchor.path }, "audit anchor unreadable: run npm run audit:verify");
    const handle = await getDbHandle();
    // With DATABASE_OWNER_URL the migrations and grants run as the tables' owner (db/migrate.ts).
    const { separateOwner } = await migrateDatabase(handle, env.DATABASE_URL);
    if (handle.kind === "postgres" && !separateOwner) {
      logger.warn("DATABASE_OWNER_URL is unset: the serving role owns audit_log and could switch off its trigger (the keyed chain and its anchor still reveal an edit)");
    }
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
    // The reference conference after the reference article (which links to it), once.
    if (demoContentEnabled() && !(await hasDemoConference(handle.db))) {
      const { inserted } = await seedDemoConference(handle.db);
      logger.info({ inserted }, "demo conference loaded");
    }
    if (demoContentEnabled() && !(await hasDemoAwards(handle.db))) {
      const { inserted } = await seedDemoAwards(handle.db);
      logger.info({ inserted }, "demo awards loaded");
    }
    const seedAdmin = env.SEED_ADMIN_EMAIL && env.SEED_ADMIN_PASSWORD ? { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD } : undefined;
    const signIn = await ensureInitialUsers(handle.db, { seedAdmin, demoAccounts: demoAccountsAllowed(demoContentEnabled(), env) });
    // The deadline clock reads only the holiday table: a year with no row yet gets the library's and the
    // Labour Code's days, for this year and the next (administrators then edit them at /admin/holidays).
    const thisYear = vietnamParts(new Date()).year;
    const prefilled = await prefillMissingYears([thisYear, thisYear + 1]);
    if (prefilled.length) logger.info({ years: prefilled }, "holiday table pre-filled");
    // Scheduled articles are published by this process, whether or not anyone opens the admin.
    startScheduler();
    startRateLimitPruning();
    // Applicants' e-mail leaves the outbox from this process too (only when SMTP_URL is set).
    startMailSender();
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
    if (err instanceof DataDirLockedError || err instanceof AuditKeyError || err instanceof RoleSetupError) {
      console.error(`\n${err.message}\n`);
      process.exit(1);
    }
    logger.fatal({ err }, "start-up failed");
    process.exit(1);
  }
}
