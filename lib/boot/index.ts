// Server start-up, run once per process from instrumentation.ts: open (and lock) the database, apply
// migrations, load first-start data, and say where the portal is. A locked data directory stops the process.
import { env, siteUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { hasDemoContent, seedDemoContent, seedSettings } from "@/db/seed";
import { DataDirLockedError } from "@/db/lock";

export function demoContentEnabled(): boolean {
  const v = process.env.DEMO_CONTENT;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return !env.DATABASE_URL;
}

export async function boot(): Promise<void> {
  const started = Date.now();
  try {
    const handle = await getDbHandle();
    await migrateDatabase(handle, env.DATABASE_URL);
    await seedSettings(handle.db);
    if (demoContentEnabled() && !(await hasDemoContent(handle.db))) {
      const { inserted } = await seedDemoContent(handle.db);
      logger.info({ inserted }, "demo content loaded");
    }
    logger.info({ database: handle.kind, ms: Date.now() - started }, "database ready");
    console.log(
      [
        "",
        `  Cổng thông tin điện tử đang chạy: ${siteUrl()}`,
        `  Database: ${handle.kind === "pglite" ? `embedded PGlite in ${env.DATA_DIR}/` : "PostgreSQL server (DATABASE_URL)"}`,
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
