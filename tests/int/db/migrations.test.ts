// Migrations apply to an empty database (PGlite, or the server when DATABASE_URL is set) and a second run
// changes nothing.
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, rowsOf } from "@/db/client";
import { migratePglite, migratePostgres } from "@/db/migrate";
import { adminUrl, databaseUrlFor } from "../../helpers/pg-url";

async function freshDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const { default: postgres } = await import("postgres");
    const name = `portal_mig_${process.pid}_${Date.now()}`;
    const admin = postgres(adminUrl(serverUrl), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = databaseUrlFor(serverUrl, name);
    const { db, close } = await openPostgres(url);
    return {
      db,
      migrate: () => migratePostgres(url),
      close: async () => {
        await close();
        await admin.unsafe(`drop database "${name}" with (force)`);
        await admin.end();
      },
    };
  }
  const { db, close } = await openPglite({});
  return { db, migrate: () => migratePglite(db), close };
}

describe("migrations", () => {
  it("apply to an empty database, create the search setup, and are idempotent", async () => {
    const t = await freshDatabase();
    try {
      await t.migrate();
      const tables = rowsOf<{ tablename: string }>(
        await t.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`),
      );
      const names = tables.map((r) => r.tablename);
      expect(names).toEqual(expect.arrayContaining(["articles", "categories", "article_ratings", "media", "site_settings", "rate_limits"]));

      const folded = rowsOf<{ v: string }>(await t.db.execute(sql`select portal_unaccent(lower('ĐĂNG KÝ Triển khai')) as v`));
      expect(folded[0]).toMatchObject({ v: "dang ky trien khai" });

      const applied = async () => {
        const r = rowsOf<{ n: number }>(await t.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
        return Number(r[0].n);
      };
      const before = await applied();
      expect(before).toBeGreaterThanOrEqual(2);
      await t.migrate();
      expect(await applied()).toBe(before);
    } finally {
      await t.close();
    }
  }, 120_000); // A fresh database and every migration: seconds alone, much longer on a loaded machine.
});
