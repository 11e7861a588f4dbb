// Applies the committed migrations in drizzle/ with drizzle-orm's migrator (drizzle-kit migrate cannot load
// PGlite's extensions). On a server, an advisory lock makes concurrent starts apply them once.
import path from "node:path";
import type { Db } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle");
const MIGRATION_LOCK_ID = 7_204_2014;

export async function migratePglite(db: Db, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(db as never, { migrationsFolder });
}

export async function migratePostgres(url: string, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    try {
      await migrate(drizzle({ client: sql }), { migrationsFolder });
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function migrateDatabase(handle: { db: Db; kind: "pglite" | "postgres" }, url?: string): Promise<void> {
  if (handle.kind === "postgres") await migratePostgres(url!);
  else await migratePglite(handle.db);
}
