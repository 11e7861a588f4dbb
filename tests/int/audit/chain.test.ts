// The audit log is tamper-evident: entries written by mutations chain by hash, the database refuses UPDATE
// and DELETE, and an edit made around the trigger (as a DBA could) is found by verifyAuditChain and by the
// `npm run audit:verify` CLI, which exits 1.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite, type Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { defaultSettings } from "@/db/seed-data/settings";
import { verifyAuditChain, writeAudit } from "@/lib/audit";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { changeUserRole, createUser, setUserActive } from "@/lib/users/mutations";
import { runScript } from "../../helpers/cli";
import { openMigratedPgliteAt, useTestDb } from "../../helpers/db";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();
const GENESIS = "0".repeat(64);

/** Four real changes through the mutations: four chained entries. */
async function writeSomeHistory() {
  const admin = actorOf(await makeUser(t.db, "admin"));
  const created = await createUser(admin, { email: "moi@example.gov.vn", name: "Người mới", password: "Mat-khau-moi-2026", role: "staff" });
  if (!created.ok) throw new Error("createUser failed");
  await changeUserRole(admin, created.value.id, "admin");
  await setUserActive(admin, created.value.id, false);
  await updateSiteSettings(admin, { ...defaultSettings, phone: "(0238) 3844 123" });
  return t.db.select().from(auditLog).orderBy(asc(auditLog.id));
}

/** Edits one entry the way only a database administrator could: with the append-only trigger disabled. */
async function tamper(db: Db, id: number) {
  await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
  await db.execute(sql`update audit_log set after = jsonb_set(after, '{role}', '"staff"') where id = ${id}`);
  await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
}

describe("audit chain", () => {
  it("chains the entries written by mutations, and verifies", async () => {
    const rows = await writeSomeHistory();
    expect(rows.map((r) => r.action)).toEqual(["user.create", "user.change_role", "user.deactivate", "settings.update"]);
    expect(rows[0]!.prevHash).toBe(GENESIS);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    // Who, which record, before and after are there to read.
    expect(rows[1]).toMatchObject({ entity: "user", before: { role: "staff" }, after: { role: "admin" }, ip: "127.0.0.1", userAgent: "test" });
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 4, firstBadId: null });
  });

  it("keeps one chain under concurrent writers, even when called outside a transaction", async () => {
    const who = { id: null, email: "system", ip: "", userAgent: "test" };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 ? t.db.transaction((tx) => writeAudit(tx, who, { action: "settings.update", entity: "site_settings", entityId: `tx${i}` })) : writeAudit(t.db, who, { action: "settings.update", entity: "site_settings", entityId: `db${i}` }),
      ),
    );
    const rows = await t.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(12);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 12, firstBadId: null });
  });

  it("refuses UPDATE and DELETE on the audit log", async () => {
    const rows = await writeSomeHistory();
    const id = rows[1]!.id;
    await expect(t.db.update(auditLog).set({ actorEmail: "ke-gian@example.com" }).where(eq(auditLog.id, id))).rejects.toThrow();
    await expect(t.db.delete(auditLog).where(eq(auditLog.id, id))).rejects.toThrow();
    await expect(t.db.execute(sql`update audit_log set after = '{}'::jsonb`)).rejects.toThrow();
    expect(await t.db.select().from(auditLog).orderBy(asc(auditLog.id))).toEqual(rows);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("finds an entry edited behind the trigger's back, at that entry", async () => {
    const rows = await writeSomeHistory();
    const victim = rows[1]!; // the role change: someone wants it to look like nothing happened
    await tamper(t.db, victim.id);
    const [edited] = await t.db.select().from(auditLog).where(eq(auditLog.id, victim.id));
    expect(edited!.after).toMatchObject({ role: "staff" });
    expect(await verifyAuditChain(t.db)).toEqual({ ok: false, checked: 1, firstBadId: victim.id, reason: expect.stringMatching(/altered/) });
  });

  it("finds an entry removed from the middle of the chain", async () => {
    const rows = await writeSomeHistory();
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await t.db.execute(sql`delete from audit_log where id = ${rows[2]!.id}`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBadId: rows[3]!.id, reason: expect.stringMatching(/chain broken/) });
  });
});

// The CLI opens the database itself: a PGlite data directory of its own (no two processes on one
// directory), or, on a server, this test's database.
describe("npm run audit:verify", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  const cli = (env: Record<string, string>) => runScript("scripts/audit-verify.ts", { LOG_LEVEL: "silent", ...env });

  it("exits 0 on an intact log and 1 once an entry was edited", async () => {
    let target: Record<string, string>;
    let badId: number;
    if (t.kind === "postgres") {
      const rows = await writeSomeHistory();
      badId = rows[1]!.id;
      target = { DATABASE_URL: t.url! };
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-audit-"));
      dirs.push(dir);
      const h = await openMigratedPgliteAt(dir);
      try {
        for (const action of ["user.create", "user.change_role", "settings.update"] as const) {
          await h.db.transaction((tx) =>
            writeAudit(tx, { id: null, email: "quantri@example.gov.vn", ip: "127.0.0.1", userAgent: "test" }, { action, entity: "user", entityId: 7, before: { role: "staff" }, after: { role: "admin" } }),
          );
        }
        badId = 2;
      } finally {
        await h.close();
      }
      target = { DATA_DIR: dir, DATABASE_URL: "" };
    }

    const intact = await cli(target);
    expect(intact.stderr).toBe("");
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/Audit log intact: \d+ entries verified/);

    if (t.kind === "postgres") {
      await tamper(t.db, badId);
    } else {
      const h = await openPglite({ dataDir: target.DATA_DIR! });
      try {
        await tamper(h.db, badId);
      } finally {
        await h.close();
      }
    }

    const tampered = await cli(target);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain(`TAMPERED at entry #${badId}`);
  }, 120_000);
});
