// Least privilege on a PostgreSQL server: with DATABASE_OWNER_URL the migrations run as the tables' owner,
// and the serving role (DATABASE_URL) can run the portal and append to the audit log but cannot update,
// delete, truncate or alter it, nor switch off its trigger. PGlite has one role: skipped there.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, rowsOf, setDbForTests, type Db } from "@/db/client";
import { grantServingRole, migrateDatabase, RoleSetupError } from "@/db/migrate";
import { seedSettings } from "@/db/seed";
import { defaultSettings } from "@/db/seed-data/settings";
import { verifyAuditChain, writeAudit } from "@/lib/audit";
import { setAuditAnchorPathForTests, settleAuditAnchor } from "@/lib/audit/anchor";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { createUser } from "@/lib/users/mutations";
import { adminUrl, databaseUrlFor } from "../../helpers/pg-url";
import { actorOf, makeUser } from "../../helpers/users";

const serverUrl = process.env.DATABASE_URL;

const urlAs = (role: string, database: string) => {
  const u = new URL(databaseUrlFor(serverUrl!, database));
  u.username = role;
  u.password = "";
  return u.toString();
};

/** The SQLSTATE of a failed query (drizzle wraps the driver's error). */
async function sqlState(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code;
  }
  return "no error";
}

// Skipped on the PGlite run only: roles and grants exist only on a PostgreSQL server; CI runs this file on the
// server too, where it runs.
describe.skipIf(!serverUrl)("separate owner and serving roles (PostgreSQL server)", () => {
  const tag = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const owner = `portal_owner_${tag}`;
  const app = `portal_app_${tag}`;
  const member = `portal_member_${tag}`;
  const database = `portal_roles_${tag}`;
  let admin: import("postgres").Sql;
  let appDb: Db;
  let closeApp: () => Promise<void>;
  let anchorDir: string;

  beforeAll(async () => {
    const { default: postgres } = await import("postgres");
    admin = postgres(adminUrl(serverUrl!), { max: 1, onnotice: () => {} });
    for (const r of [owner, app, member]) await admin.unsafe(`create role "${r}" login`);
    await admin.unsafe(`grant "${owner}" to "${member}"`);
    await admin.unsafe(`create database "${database}" owner "${owner}"`);
    ({ db: appDb, close: closeApp } = await openPostgres(urlAs(app, database)));
    anchorDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-roles-"));
    setAuditAnchorPathForTests(path.join(anchorDir, "audit-anchor.json"));
  }, 60_000);

  afterAll(async () => {
    await settleAuditAnchor();
    setAuditAnchorPathForTests(undefined);
    setDbForTests(undefined);
    await closeApp?.();
    await admin.unsafe(`drop database if exists "${database}" with (force)`);
    for (const r of [member, app, owner]) await admin.unsafe(`drop role if exists "${r}"`);
    await admin.end();
    fs.rmSync(anchorDir, { recursive: true, force: true });
  }, 60_000);

  it("migrates as the owner, grants the serving role, and a second run changes nothing", async () => {
    const handle = { db: appDb, kind: "postgres" as const };
    expect(await migrateDatabase(handle, urlAs(app, database), urlAs(owner, database))).toEqual({ separateOwner: true });
    expect(await migrateDatabase(handle, urlAs(app, database), urlAs(owner, database))).toEqual({ separateOwner: true });
    const owners = rowsOf<{ owner: string }>(await appDb.execute(sql`select distinct tableowner as owner from pg_tables where schemaname = 'public'`));
    expect(owners).toEqual([{ owner }]);
  }, 60_000);

  it("serves the portal through the serving role: mutations work and their audit entries chain", async () => {
    setDbForTests(appDb);
    await seedSettings(appDb);
    const adminUser = actorOf(await makeUser(appDb, "admin"));
    const created = await createUser(adminUser, { email: "vai-tro@example.gov.vn", name: "Vai trò", password: "Mat-khau-moi-2026", role: "staff" });
    expect(created.ok).toBe(true);
    expect((await updateSiteSettings(adminUser, { ...defaultSettings, phone: "(0238) 3844 000" })).ok).toBe(true);
    await writeAudit(appDb, { id: null, email: "system", ip: "", userAgent: "test" }, { action: "settings.update", entity: "site_settings", entityId: 1 });
    await settleAuditAnchor();
    expect(await verifyAuditChain(appDb)).toMatchObject({ ok: true, checked: 3, unanchored: 0 });
  });

  it("refuses the serving role UPDATE, DELETE, TRUNCATE, ALTER and DROP on audit_log, and switching off its trigger", async () => {
    // 42501: insufficient privilege ("permission denied" / "must be owner").
    expect(await sqlState(appDb.execute(sql`update audit_log set actor_email = 'ke-gian@example.com'`))).toBe("42501");
    expect(await sqlState(appDb.execute(sql`delete from audit_log`))).toBe("42501");
    expect(await sqlState(appDb.execute(sql`truncate audit_log`))).toBe("42501");
    expect(await sqlState(appDb.execute(sql`alter table audit_log disable trigger audit_log_append_only`))).toBe("42501");
    expect(await sqlState(appDb.execute(sql`alter table audit_log disable trigger all`))).toBe("42501");
    expect(await sqlState(appDb.execute(sql`alter table audit_log drop column hash`))).toBe("42501");
    expect(await sqlState(appDb.execute(sql`drop table audit_log`))).toBe("42501");
    expect(await sqlState(appDb.execute(sql`create or replace function portal_audit_log_append_only() returns trigger language plpgsql as $$ begin return new; end $$`))).toBe("42501");
    expect(await sqlState(appDb.execute(sql`select setval('audit_log_id_seq', 1)`))).toBe("42501");
    expect((await verifyAuditChain(appDb)).ok).toBe(true);
  });

  it("lets the serving role use a table that a later migration creates", async () => {
    const { default: postgres } = await import("postgres");
    const asOwner = postgres(urlAs(owner, database), { max: 1, onnotice: () => {} });
    try {
      await asOwner.unsafe(`create table later_things (id serial primary key, name text not null)`);
    } finally {
      await asOwner.end();
    }
    // Default privileges: usable before the next migrate re-grants.
    await appDb.execute(sql`insert into later_things (name) values ('mới')`);
    expect(rowsOf(await appDb.execute(sql`select name from later_things`))).toEqual([{ name: "mới" }]);
  });

  it("refuses a serving role that the grants cannot hold back", async () => {
    const { default: postgres } = await import("postgres");
    const asOwner = postgres(urlAs(owner, database), { max: 1, onnotice: () => {} });
    try {
      await expect(grantServingRole(asOwner, member)).rejects.toThrow(RoleSetupError);
      await expect(grantServingRole(asOwner, member)).rejects.toThrow(/member of the owner/);
      await expect(grantServingRole(asOwner, "postgres")).rejects.toThrow(/superuser/);
      await expect(grantServingRole(asOwner, owner)).rejects.toThrow(/both sign in as/);
    } finally {
      await asOwner.end();
    }
    // A database owned by the serving role: it owns the schema public, so it could drop any table.
    await admin.unsafe(`create database "${database}_b" owner "${app}"`);
    const other = postgres(urlAs(owner, `${database}_b`), { max: 1, onnotice: () => {} });
    try {
      await expect(grantServingRole(other, app)).rejects.toThrow(/owns the schema public/);
    } finally {
      await other.end();
      await admin.unsafe(`drop database "${database}_b" with (force)`);
    }
  });

  it("names the one-time fix when the serving role still owns tables (an install from before the split)", async () => {
    const { default: postgres } = await import("postgres");
    const asOwner = postgres(urlAs(owner, database), { max: 1, onnotice: () => {} });
    try {
      await asOwner.unsafe(`grant create on schema public to "${app}"`);
      await appDb.execute(sql`create table app_owned (id int)`);
      await expect(grantServingRole(asOwner, app)).rejects.toThrow(`REASSIGN OWNED BY "${app}" TO "${owner}";`);
    } finally {
      await appDb.execute(sql`drop table if exists app_owned`);
      await asOwner.unsafe(`revoke create on schema public from "${app}"`);
      await asOwner.end();
    }
  });
});
