// An older install upgrades: its audit entries were chained with plain SHA-256 before migration 0006 added
// the scheme column. After the migration they are labelled scheme 1 and still verify, and the first keyed
// entry chains on from the last of them. A fresh embedded database, migrated in two steps.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "@/db/client";
import { MIGRATIONS_FOLDER, migratePglite } from "@/db/migrate";
import { verifyAuditChain, writeAudit } from "@/lib/audit";
import { setAuditAnchorPathForTests } from "@/lib/audit/anchor";
import { GENESIS, KEYED_SCHEME, LEGACY_SCHEME, legacyEntryHash } from "@/lib/audit/chain";
import { auditRows } from "../../helpers/audit";

const BEFORE_KEYED_CHAIN = "0005_private_files";

/** drizzle/ as it was before the keyed chain: the same files, the journal cut after BEFORE_KEYED_CHAIN. */
function olderMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-old-migrations-"));
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalFile = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === BEFORE_KEYED_CHAIN);
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe("upgrading an install with SHA-256 audit entries", () => {
  const old = olderMigrations();
  afterAll(() => fs.rmSync(old, { recursive: true, force: true }));

  it("keeps the old entries verifiable and chains the first keyed entry on from them", async () => {
    const { db, close } = await openPglite({});
    // This test's database is not the process's: no anchor refresh for it.
    setAuditAnchorPathForTests(null);
    try {
      await migratePglite(db, old);
      // Written the way the previous release's writeAudit did: no scheme column yet.
      let prev = GENESIS;
      for (let i = 1; i <= 3; i++) {
        const e = { at: new Date(Date.UTC(2025, 5, i, 3)), actorId: null, actorEmail: "quantri@example.gov.vn", action: "user.create", entity: "user", entityId: String(i), before: null, after: { role: "staff", i }, ip: "10.0.0.1", userAgent: "old", prevHash: prev };
        const hash = legacyEntryHash(e);
        await db.execute(sql`insert into audit_log (at, actor_id, actor_email, action, entity, entity_id, before, after, ip, user_agent, prev_hash, hash)
          values (${e.at.toISOString()}, null, ${e.actorEmail}, ${e.action}, ${e.entity}, ${e.entityId}, null, ${JSON.stringify(e.after)}::jsonb, ${e.ip}, ${e.userAgent}, ${prev}, ${hash})`);
        prev = hash;
      }

      await migratePglite(db);
      const migrated = await auditRows(db);
      expect(migrated.map((r) => r.scheme)).toEqual([LEGACY_SCHEME, LEGACY_SCHEME, LEGACY_SCHEME]);
      expect(await verifyAuditChain(db, { anchorPath: null })).toMatchObject({ ok: true, checked: 3, legacy: 3, keyed: 0 });

      await writeAudit(db, { id: null, email: "system", ip: "", userAgent: "test" }, { action: "settings.update", entity: "site_settings", entityId: 1 });
      const rows = await auditRows(db);
      expect(rows[3]).toMatchObject({ scheme: KEYED_SCHEME, prevHash: migrated[2]!.hash });
      expect(await verifyAuditChain(db, { anchorPath: null })).toMatchObject({ ok: true, checked: 4, legacy: 3, keyed: 1 });
      // The scheme has no default any more: an insert that does not say which one it used fails.
      await expect(db.execute(sql`insert into audit_log (at, action, entity, prev_hash, hash) values (now(), 'x', 'y', '', '')`)).rejects.toThrow();
    } finally {
      setAuditAnchorPathForTests(undefined);
      await close();
    }
  }, 60_000);
});
