// The one database handle: postgres-js when DATABASE_URL is set, else the embedded PGlite under DATA_DIR.
// Cached on globalThis, so every bundle of the server process (and hot reloads) shares one connection.
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { env } from "@/lib/env";
import { acquireDataDirLock } from "./lock";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type Handle = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

const g = globalThis as unknown as { __portalDb?: Promise<Handle> };

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob | File }): Promise<{
  db: Db;
  client: import("@electric-sql/pglite").PGlite;
  close: () => Promise<void>;
}> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  let release: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (options.dataDir) {
    release = await acquireDataDirLock(options.dataDir);
    dataDir = path.join(options.dataDir, "pg");
  }
  try {
    // One options object: PGlite silently drops options passed as a second argument.
    // shared_buffers 32 MB instead of PostgreSQL's 128 MB: PGlite's buffers live in its WebAssembly heap, which
    // only grows, so they end up resident; the data files stay in the operating system's page cache anyway.
    const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"];
    const client = new PGlite({ dataDir, loadDataDir: options.loadDataDir, extensions: { unaccent, pg_trgm }, startParams });
    await client.waitReady;
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      client,
      close: async () => {
        await client.close();
        await release?.();
      },
    };
  } catch (err) {
    await release?.();
    throw err;
  }
}

export async function openPostgres(url: string): Promise<{ db: Db; sql: import("postgres").Sql; close: () => Promise<void> }> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const sql = postgres(url, {
    max: 10,
    connect_timeout: 10,
    idle_timeout: 30,
    max_lifetime: 60 * 30,
    onnotice: () => {},
    connection: { statement_timeout: 15_000, application_name: "portal" },
  });
  const db = drizzle({ client: sql, schema, casing: "snake_case" }) as unknown as Db;
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

async function open(): Promise<Handle> {
  if (env.DATABASE_URL) {
    const { db, close } = await openPostgres(env.DATABASE_URL);
    return { db, kind: "postgres", close };
  }
  const { db, close } = await openPglite({ dataDir: path.resolve(env.DATA_DIR) });
  return { db, kind: "pglite", close };
}

/** The process-wide database. Opens (and, for PGlite, locks) on first use. */
export async function getDb(): Promise<Db> {
  if (!g.__portalDb) {
    g.__portalDb = open();
    g.__portalDb.catch(() => {
      g.__portalDb = undefined;
    });
  }
  return (await g.__portalDb).db;
}

export async function getDbHandle(): Promise<Handle> {
  await getDb();
  return g.__portalDb!;
}

/** Tests point the data layer at their own database; production code never calls this. */
export function setDbForTests(db: Db | undefined): void {
  g.__portalDb = db ? Promise.resolve({ db, kind: "pglite", close: async () => {} }) : undefined;
}

export async function closeDb(): Promise<void> {
  const h = g.__portalDb;
  g.__portalDb = undefined;
  if (h) await (await h).close();
}

/** Rows of a raw `db.execute()`: PGlite returns `{ rows }`, postgres-js an array. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
