// Gives a test file its own real database (a clone of the migrated template) and points the data layer at it.
// Tables are emptied before each test, so tests never depend on one another.
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { openPglite, openPostgres, setDbForTests, type Db } from "@/db/client";
import { adminUrl, databaseUrlFor } from "./pg-url";

export type TestDb = { db: Db; kind: "pglite" | "postgres"; url?: string };

export async function createTestDatabase(): Promise<TestDb & { close: () => Promise<void> }> {
  const template = inject("pgTemplateDb");
  const serverUrl = process.env.DATABASE_URL;
  if (template && serverUrl) {
    const { default: postgres } = await import("postgres");
    const name = `portal_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(adminUrl(serverUrl), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}" template "${template}"`);
    const url = databaseUrlFor(serverUrl, name);
    const { db, close } = await openPostgres(url);
    return {
      db,
      kind: "postgres",
      url,
      close: async () => {
        await close();
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const file = inject("pgliteTemplate");
  const blob = new Blob([fs.readFileSync(file)]);
  const { db, close } = await openPglite({ loadDataDir: blob });
  return { db, kind: "pglite", close };
}

export async function truncateAll(db: Db): Promise<void> {
  await db.execute(sql`
    do $$ declare r record; begin
      for r in select tablename from pg_tables where schemaname = 'public' loop
        execute 'truncate table public.' || quote_ident(r.tablename) || ' restart identity cascade';
      end loop;
    end $$`);
}

/** Use in a test file: `const t = useTestDb();` then `t.db` inside tests. */
export function useTestDb(): TestDb {
  const holder = {} as TestDb;
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await createTestDatabase();
    Object.assign(holder, { db: created.db, kind: created.kind, url: created.url });
    close = created.close;
    setDbForTests(created.db);
  });
  beforeEach(async () => {
    await truncateAll(holder.db);
  });
  afterAll(async () => {
    setDbForTests(undefined);
    await close();
  });
  return holder;
}
