// Gives a test file its own real database (a clone of the migrated template) and points the data layer at it.
// Tables are emptied before each test, so tests never depend on one another.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { openPglite, openPostgres, setDbForTests, type Db } from "@/db/client";
import { setAuditAnchorPathForTests, settleAuditAnchor } from "@/lib/audit/anchor";
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
    // A throwaway database needs no durable commits: not waiting for the WAL flush speeds every write.
    await admin.unsafe(`alter database "${name}" set synchronous_commit = off`);
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

/**
 * An embedded database in its own folder (as the server or a CLI opens it), already migrated: the run's
 * template unpacked there, which is faster than initdb plus migrations.
 */
export async function openMigratedPgliteAt(dataDir: string) {
  const blob = new Blob([fs.readFileSync(inject("pgliteTemplate"))]);
  return openPglite({ dataDir, loadDataDir: blob });
}

/**
 * Empties every table and restarts every sequence. Only tables holding rows are touched, with DELETE rather than
 * TRUNCATE: TRUNCATE rewrites a table's files, and with CASCADE those of every table referencing it, even empty
 * ones (~150 ms a test once `users` holds a row); a DELETE of a few rows touches no file. The session runs as a
 * replica for the statement, so foreign keys and the audit log's append-only trigger do not fire (tests connect
 * as a superuser, on PGlite and on the server). Sequences are reset with setval, which touches no file either.
 */
export async function truncateAll(db: Db): Promise<void> {
  await db.execute(sql`
    do $$ declare r record; has_rows boolean; begin
      set local session_replication_role = replica;
      for r in select tablename from pg_tables where schemaname = 'public' loop
        execute format('select exists (select 1 from public.%I)', r.tablename) into has_rows;
        if has_rows then execute format('delete from public.%I', r.tablename); end if;
      end loop;
      for r in select c.oid::regclass as seq from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where c.relkind = 'S' and n.nspname = 'public' loop
        perform setval(r.seq, (select seqstart from pg_sequence where seqrelid = r.seq), false);
      end loop;
    end $$`);
}

/**
 * Use in a test file: `const t = useTestDb();` then `t.db` inside tests. Audit entries are anchored as on a
 * server, into `t.anchorPath` (a file of this test file's own, emptied with the tables before each test).
 */
export function useTestDb(): TestDb & { anchorPath: string } {
  const holder = {} as TestDb & { anchorPath: string };
  let close: () => Promise<void> = async () => {};
  let anchorDir = "";
  beforeAll(async () => {
    const created = await createTestDatabase();
    anchorDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-anchor-"));
    Object.assign(holder, { db: created.db, kind: created.kind, url: created.url, anchorPath: path.join(anchorDir, "audit-anchor.json") });
    close = created.close;
    setDbForTests(created.db);
    setAuditAnchorPathForTests(holder.anchorPath);
  });
  beforeEach(async () => {
    // A refresh still running from the last test would anchor into this one's emptied log.
    await settleAuditAnchor();
    await truncateAll(holder.db);
    fs.rmSync(holder.anchorPath, { force: true });
  });
  afterAll(async () => {
    await settleAuditAnchor();
    setAuditAnchorPathForTests(undefined);
    setDbForTests(undefined);
    await close();
    fs.rmSync(anchorDir, { recursive: true, force: true });
  });
  return holder;
}
