// The audit log is tamper-evident: entries written by mutations chain by HMAC under a key outside the
// database, the database refuses UPDATE and DELETE, and the head is anchored in a file after every commit.
// An edit made around the trigger (as a DBA could), a re-chain without the key, and a cut of the newest
// entries are each found by verifyAuditChain (the CLI's behaviour is in verify-cli.test.ts).
import fs from "node:fs";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { verifyAuditChain, writeAudit } from "@/lib/audit";
import { anchorAuditHead, readAuditAnchor, setAuditAnchorPathForTests, settleAuditAnchor } from "@/lib/audit/anchor";
import { GENESIS, KEYED_SCHEME, LEGACY_SCHEME, keyedEntryHash, legacyEntryHash } from "@/lib/audit/chain";
import { endAllSessions } from "@/lib/users/mutations";
import { auditRows, cutNewest, editAndRechain, editEntry, plainSha256, plainSha256AsKeyed, withKey, writeSomeHistory } from "../../helpers/audit";
import { useTestDb } from "../../helpers/db";
import { actorOf, makeUser } from "../../helpers/users";

const t = useTestDb();
const who = { id: null, email: "system", ip: "", userAgent: "test" };
const TEST_KEY = process.env.AUDIT_KEY!;

describe("audit chain", () => {
  it("chains the entries written by mutations with the key, anchors the head after commit, and verifies", async () => {
    const rows = await writeSomeHistory(t.db);
    expect(rows.map((r) => r.action)).toEqual(["user.create", "user.change_role", "user.deactivate", "settings.update"]);
    expect(rows[0]!.prevHash).toBe(GENESIS);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    expect(rows.every((r) => r.scheme === KEYED_SCHEME)).toBe(true);
    // Not a plain SHA-256 that anyone holding the row could recompute.
    expect(rows[1]!.hash).not.toBe(legacyEntryHash(rows[1]!));
    expect(rows[1]!.hash).toBe(keyedEntryHash(rows[1]!, Buffer.from(TEST_KEY)));
    // Who, which record, before and after are there to read.
    expect(rows[1]).toMatchObject({ entity: "user", before: { role: "staff" }, after: { role: "admin" }, ip: "127.0.0.1", userAgent: "test" });

    const anchor = readAuditAnchor(t.anchorPath);
    expect(anchor).toMatchObject({ state: "ok", anchor: { count: 4, lastId: rows[3]!.id, hash: rows[3]!.hash } });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 4, keyed: 4, legacy: 0, firstBadId: null, unanchored: 0, anchor: { state: "ok", count: 4 } });
  });

  it("keeps one chain and one anchor under concurrent writers, even when called outside a transaction", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 ? t.db.transaction((tx) => writeAudit(tx, who, { action: "settings.update", entity: "site_settings", entityId: `tx${i}` })) : writeAudit(t.db, who, { action: "settings.update", entity: "site_settings", entityId: `db${i}` }),
      ),
    );
    await settleAuditAnchor();
    const rows = await auditRows(t.db);
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(12);
    expect(readAuditAnchor(t.anchorPath)).toMatchObject({ state: "ok", anchor: { count: 12, lastId: rows[11]!.id, hash: rows[11]!.hash } });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 12, firstBadId: null, unanchored: 0 });
  });

  it("anchors entries written with db.transaction directly (sign-out) and ignores a rolled-back one", async () => {
    const u = await makeUser(t.db, "staff");
    await endAllSessions(actorOf(u));
    await settleAuditAnchor();
    const [signOut] = await auditRows(t.db);
    expect(signOut).toMatchObject({ action: "auth.sign_out" });
    expect(readAuditAnchor(t.anchorPath)).toMatchObject({ state: "ok", anchor: { count: 1, lastId: signOut!.id, hash: signOut!.hash } });

    await expect(
      t.db.transaction(async (tx) => {
        await writeAudit(tx, who, { action: "settings.update", entity: "site_settings", entityId: 1 });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await settleAuditAnchor();
    expect(await auditRows(t.db)).toHaveLength(1);
    expect(readAuditAnchor(t.anchorPath)).toMatchObject({ state: "ok", anchor: { count: 1, lastId: signOut!.id } });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("refuses UPDATE and DELETE on the audit log", async () => {
    const rows = await writeSomeHistory(t.db);
    const id = rows[1]!.id;
    await expect(t.db.update(auditLog).set({ actorEmail: "ke-gian@example.com" }).where(eq(auditLog.id, id))).rejects.toThrow();
    await expect(t.db.delete(auditLog).where(eq(auditLog.id, id))).rejects.toThrow();
    await expect(t.db.execute(sql`update audit_log set after = '{}'::jsonb`)).rejects.toThrow();
    expect(await auditRows(t.db)).toEqual(rows);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("finds an entry edited behind the trigger's back, at that entry", async () => {
    const rows = await writeSomeHistory(t.db);
    const victim = rows[1]!;
    await editEntry(t.db, victim.id);
    const [edited] = await t.db.select().from(auditLog).where(eq(auditLog.id, victim.id));
    expect(edited!.after).toMatchObject({ role: "staff" });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, checked: 1, firstBadId: victim.id, problem: "altered", reason: expect.stringMatching(/altered/) });
  });

  it("finds an entry removed from the middle of the chain", async () => {
    const rows = await writeSomeHistory(t.db);
    await t.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await t.db.execute(sql`delete from audit_log where id = ${rows[2]!.id}`);
    await t.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBadId: rows[3]!.id, problem: "chain_broken", reason: expect.stringMatching(/chain broken/) });
  });

  it.each([
    ["plain SHA-256 (as the old scheme)", plainSha256],
    ["plain SHA-256 (labelled keyed)", plainSha256AsKeyed],
    ["HMAC under another key", withKey("an-attacker-guess-of-the-key-0123456789abcdef")],
  ])("finds a log re-chained with %s from the edited entry on", async (_, rehash) => {
    const rows = await writeSomeHistory(t.db);
    await editAndRechain(t.db, rows[1]!.id, rehash);
    // Every link holds again: only the hashes themselves give it away.
    const after = await auditRows(t.db);
    for (let i = 1; i < after.length; i++) expect(after[i]!.prevHash).toBe(after[i - 1]!.hash);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, checked: 1, firstBadId: rows[1]!.id, reason: expect.stringMatching(/altered/) });
  });

  it("with the key itself, a re-chained log still differs from the anchor at its count", async () => {
    const rows = await writeSomeHistory(t.db);
    await editAndRechain(t.db, rows[1]!.id, withKey(TEST_KEY));
    const after = await auditRows(t.db);
    expect(after[3]!.hash).not.toBe(rows[3]!.hash);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, checked: 4, firstBadId: rows[3]!.id, problem: "anchor_mismatch" });
  });

  it("finds the newest entries cut, and keeps finding it after later changes", async () => {
    const rows = await writeSomeHistory(t.db);
    await cutNewest(t.db, 2);
    // What is left is a perfect chain: only the anchor knows there were four.
    expect(await verifyAuditChain(t.db, { anchorPath: null })).toMatchObject({ ok: true, checked: 2 });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, checked: 2, firstBadId: rows[3]!.id, problem: "truncated", reason: expect.stringMatching(/holds 2 entries, the anchor 4/) });

    // A later change must not re-anchor the shortened log and bury the evidence.
    const anchorBefore = fs.readFileSync(t.anchorPath, "utf8");
    await writeAudit(t.db, who, { action: "settings.update", entity: "site_settings", entityId: 1 });
    await writeAudit(t.db, who, { action: "settings.update", entity: "site_settings", entityId: 1 });
    await settleAuditAnchor();
    expect(fs.readFileSync(t.anchorPath, "utf8")).toBe(anchorBefore);
    expect(await anchorAuditHead(t.db, t.anchorPath)).toBe("refused");
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, problem: "anchor_mismatch" });
  });

  it("accepts an anchor older than the log and says how many entries it does not cover", async () => {
    await writeSomeHistory(t.db);
    // A stop between a commit and its anchor write: entries with no anchor update.
    setAuditAnchorPathForTests(null);
    try {
      await writeAudit(t.db, who, { action: "settings.update", entity: "site_settings", entityId: 1 });
      await writeAudit(t.db, who, { action: "settings.update", entity: "site_settings", entityId: 1 });
    } finally {
      setAuditAnchorPathForTests(t.anchorPath);
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 6, unanchored: 2, anchor: { state: "ok", count: 4 } });
    // The next change catches the anchor up.
    await writeAudit(t.db, who, { action: "settings.update", entity: "site_settings", entityId: 1 });
    await settleAuditAnchor();
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 7, unanchored: 0, anchor: { count: 7 } });
  });

  it("verifies an older install's SHA-256 entries, chains the first keyed one on from them, and refuses an unkeyed entry after keyed ones", async () => {
    // Entries as releases before the keyed chain wrote them (scheme 1, plain SHA-256), no anchor yet.
    let prev = GENESIS;
    for (let i = 1; i <= 3; i++) {
      const entry = { at: new Date(Date.UTC(2025, 0, i)), actorId: null, actorEmail: "cu@example.gov.vn", action: "user.create", entity: "user", entityId: String(i), before: null, after: { i }, ip: "10.0.0.1", userAgent: "old", prevHash: prev };
      const hash = legacyEntryHash(entry);
      await t.db.insert(auditLog).values({ ...entry, scheme: LEGACY_SCHEME, hash });
      prev = hash;
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 3, legacy: 3, keyed: 0, unanchored: 3, anchor: { state: "missing" } });

    await writeAudit(t.db, who, { action: "settings.update", entity: "site_settings", entityId: 1 });
    await settleAuditAnchor();
    const rows = await auditRows(t.db);
    expect(rows[3]).toMatchObject({ scheme: KEYED_SCHEME, prevHash: rows[2]!.hash });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 4, legacy: 3, keyed: 1, unanchored: 0, anchor: { state: "ok", count: 4 } });

    // The serving role may INSERT: an appended entry with the old, keyless hash is refused, not trusted.
    const forged = { at: new Date(), actorId: null, actorEmail: "ke-gian@example.com", action: "user.create", entity: "user", entityId: "99", before: null, after: {}, ip: "", userAgent: "", prevHash: rows[3]!.hash };
    const [inserted] = await t.db.insert(auditLog).values({ ...forged, scheme: LEGACY_SCHEME, hash: legacyEntryHash(forged) }).returning();
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBadId: inserted!.id, problem: "downgraded" });
  });

  it("says the key is wrong, rather than every entry altered, when the anchor was written under another key", async () => {
    await writeSomeHistory(t.db);
    const a = JSON.parse(fs.readFileSync(t.anchorPath, "utf8"));
    fs.writeFileSync(t.anchorPath, JSON.stringify({ ...a, keyId: "0123456789abcdef" }));
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBadId: null, problem: "other_key" });
    fs.writeFileSync(t.anchorPath, "{ not json");
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, problem: "anchor_unreadable" });
  });
});
