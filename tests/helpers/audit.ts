// Audit fixtures: a short real history written through the mutations, and the tampering a database user
// could do behind the trigger's back (edit, re-chain, cut), for the chain, anchor and CLI tests.
import { asc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, type AuditEntry } from "@/db/schema";
import { defaultSettings } from "@/db/seed-data/settings";
import { keyedEntryHash, legacyEntryHash, KEYED_SCHEME, LEGACY_SCHEME } from "@/lib/audit/chain";
import { settleAuditAnchor } from "@/lib/audit/anchor";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { changeUserRole, createUser, setUserActive } from "@/lib/users/mutations";
import { actorOf, makeUser } from "./users";

/** Four real changes through the mutations (on the process's database, getDb()): four chained entries. */
export async function writeSomeHistory(db: Db): Promise<AuditEntry[]> {
  const admin = actorOf(await makeUser(db, "admin"));
  const created = await createUser(admin, { email: `moi${Date.now()}@example.gov.vn`, name: "Người mới", password: "Mat-khau-moi-2026", role: "staff" });
  if (!created.ok) throw new Error("createUser failed");
  await changeUserRole(admin, created.value.id, "admin");
  await setUserActive(admin, created.value.id, false);
  await updateSiteSettings(admin, { ...defaultSettings, phone: "(0238) 3844 123" });
  await settleAuditAnchor();
  return auditRows(db);
}

export const auditRows = (db: Db) => db.select().from(auditLog).orderBy(asc(auditLog.id));

/** Runs `work` with the append-only trigger switched off, as the tables' owner or a DBA could. */
async function behindTheTrigger(db: Db, work: () => Promise<unknown>) {
  await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
  try {
    await work();
  } finally {
    await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  }
}

/** Someone wants the role change to look like nothing happened. */
export function editEntry(db: Db, id: number) {
  return behindTheTrigger(db, () => db.execute(sql`update audit_log set after = jsonb_set(after, '{role}', '"staff"') where id = ${id}`));
}

export type Rehash = (row: AuditEntry, prevHash: string) => { hash: string; scheme: number };
export const plainSha256: Rehash = (row, prevHash) => ({ scheme: LEGACY_SCHEME, hash: legacyEntryHash({ ...row, prevHash }) });
/** Plain SHA-256 but the row still labelled keyed. */
export const plainSha256AsKeyed: Rehash = (row, prevHash) => ({ scheme: KEYED_SCHEME, hash: legacyEntryHash({ ...row, prevHash }) });
export const withKey =
  (key: string): Rehash =>
  (row, prevHash) => ({ scheme: KEYED_SCHEME, hash: keyedEntryHash({ ...row, prevHash }, Buffer.from(key, "utf8")) });

/** Edits entry `id` and recomputes it and every later entry, so that every link holds again. */
export async function editAndRechain(db: Db, id: number, rehash: Rehash) {
  await editEntry(db, id);
  const rows = await auditRows(db);
  let prev = rows[rows.findIndex((r) => r.id === id) - 1]?.hash ?? "0".repeat(64);
  await behindTheTrigger(db, async () => {
    for (const row of await db.select().from(auditLog).where(gte(auditLog.id, id)).orderBy(asc(auditLog.id))) {
      const { hash, scheme } = rehash(row, prev);
      await db.update(auditLog).set({ prevHash: prev, hash, scheme }).where(eq(auditLog.id, row.id));
      prev = hash;
    }
  });
}

/** Removes the newest `n` entries: what is left is still a perfect chain. */
export function cutNewest(db: Db, n: number) {
  return behindTheTrigger(db, () => db.execute(sql`delete from audit_log where id in (select id from audit_log order by id desc limit ${n})`));
}
