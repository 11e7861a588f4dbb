// The audit log: who changed what, which record, before and after, when and from where. Entries are written
// inside the change's own transaction, chained by HMAC under a key outside the database (lib/audit/chain.ts,
// key.ts) and under an advisory lock so that concurrent writers cannot fork the chain; the head is anchored
// outside the database after commit (anchor.ts). verifyAuditChain() is the one check (CLI and /admin/audit).
import "server-only";
import { asc, desc, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Tx } from "@/lib/kernel/transaction";
import type { AuditEvent, AuditSubject } from "./vocabulary";
import { AUDIT_LOCK, GENESIS, KEYED_SCHEME, LEGACY_SCHEME, entryHash, keyedEntryHash } from "./chain";
import { AuditKeyError, auditKey, auditKeyId, auditKeySource } from "./key";
import { auditAnchorPath, readAuditAnchor, scheduleAuditAnchor, type AnchorRead } from "./anchor";

export { canonicalJson } from "./chain";
export { AuditKeyError } from "./key";

export type AuditActor = { id: number | null; email: string; ip: string; userAgent: string };
/** One entry: the event and subject come from the vocabulary (lib/audit/vocabulary.ts), nothing else compiles. */
export type AuditInput = { action: AuditEvent; entity: AuditSubject; entityId?: string | number; before?: unknown; after?: unknown };

/** Plain JSON (dates as ISO strings), as it will be stored in jsonb. */
function toJson(v: unknown): unknown {
  return v === undefined ? null : JSON.parse(JSON.stringify(v));
}

export async function writeAudit(tx: Tx | Db, actor: AuditActor, input: AuditInput): Promise<void> {
  // The advisory lock lasts until the end of the transaction; outside one it would be released at once (and
  // on a pool the insert may run on another connection), letting two writers chain to the same entry.
  if (!("rollback" in tx)) return tx.transaction((inner) => writeAudit(inner, actor, input));
  // Before any write: a missing key (production on a server database without AUDIT_KEY) refuses the change.
  const key = auditKey();
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const entry = {
    at: new Date(),
    actorId: actor.id,
    actorEmail: actor.email,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId === undefined ? "" : String(input.entityId),
    before: toJson(input.before),
    after: toJson(input.after),
    ip: actor.ip,
    userAgent: actor.userAgent.slice(0, 300),
    // The first keyed entry of an older install chains on from its last SHA-256 entry.
    prevHash: last?.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...entry, scheme: KEYED_SCHEME, hash: keyedEntryHash(entry, key) });
  // Waits for this transaction's end on the audit lock, then anchors the committed head.
  scheduleAuditAnchor();
}

/** What went wrong, for the reader's Vietnamese message (auditProblemLabel). */
export type AuditProblem =
  | "altered"
  | "chain_broken"
  | "downgraded"
  | "unknown_scheme"
  | "truncated"
  | "anchor_mismatch"
  | "anchor_unreadable"
  | "other_key"
  | "no_key";

export type AuditVerification = {
  ok: boolean;
  /** Entries verified (all of them, or those before the first bad one). */
  checked: number;
  firstBadId: number | null;
  /** English, for the CLI and the logs. */
  reason?: string;
  problem?: AuditProblem;
  /** Entries hashed with plain SHA-256 (written before the keyed chain) and with the HMAC. */
  legacy: number;
  keyed: number;
  /** The anchor checked against: its file and head, "missing" before the first anchored change, "off" in tests. */
  anchor: { state: "ok" | "missing" | "off"; path: string | null; count?: number; lastId?: number; at?: string };
  /** Entries after the anchored head: normal for a moment after a change, or after a crash between commit and the anchor write. */
  unanchored: number;
};

/**
 * Recomputes the whole chain and checks it against the anchor: every entry's hash (plain SHA-256 for the
 * old ones, HMAC for the rest, never an old one after a keyed one), every link, and that the anchored head
 * is still there at its position (fewer entries, or another entry at that count, fails).
 */
export async function verifyAuditChain(db: Db, options: { anchorPath?: string | null } = {}): Promise<AuditVerification> {
  const anchorPath = options.anchorPath === undefined ? auditAnchorPath() : options.anchorPath;
  const read = readAuditAnchor(anchorPath);
  let legacy = 0;
  let keyed = 0;
  let checked = 0;
  const anchorInfo: AuditVerification["anchor"] =
    read?.state === "ok"
      ? { state: "ok", path: read.path, count: read.anchor.count, lastId: read.anchor.lastId, at: read.anchor.at }
      : { state: read ? "missing" : "off", path: anchorPath };
  const result = (r: Pick<AuditVerification, "ok" | "firstBadId" | "reason" | "problem">): AuditVerification => ({
    ...r,
    checked,
    legacy,
    keyed,
    anchor: anchorInfo,
    unanchored: anchorInfo.state === "ok" ? Math.max(0, checked - anchorInfo.count!) : checked,
  });
  const fail = (problem: AuditProblem, firstBadId: number | null, reason: string) => result({ ok: false, firstBadId, problem, reason });

  if (read?.state === "invalid") return fail("anchor_unreadable", null, `anchor ${read.path} unreadable (${read.error})`);
  const anchor = read?.state === "ok" ? read.anchor : null;
  let key: Buffer | null = null;
  const keyOrThrow = () => (key ??= auditKey());
  if (anchor) {
    let id: string;
    try {
      id = auditKeyId();
    } catch (err) {
      return fail("no_key", null, `no audit key: ${(err as Error).message.replace(/\.$/, "")}`);
    }
    if (anchor.keyId !== id) return fail("other_key", null, `the configured audit key (id ${id}) is not the one the log was written with (id ${anchor.keyId})`);
  }

  let prev = GENESIS;
  let lastId = 0;
  for (;;) {
    const batch = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(1000);
    if (!batch.length) break;
    for (const row of batch) {
      if (row.scheme === LEGACY_SCHEME && keyed > 0) return fail("downgraded", row.id, "entry altered (a plain SHA-256 entry after keyed ones)");
      if (row.prevHash !== prev) return fail("chain_broken", row.id, "chain broken (previous hash differs)");
      let expected: string | null;
      try {
        expected = entryHash(row.scheme, row, keyOrThrow);
      } catch (err) {
        return fail("no_key", row.id, `no audit key: ${(err as Error).message.replace(/\.$/, "")}`);
      }
      if (expected === null) return fail("unknown_scheme", row.id, `entry altered (unknown hash scheme ${row.scheme})`);
      if (expected !== row.hash) return fail("altered", row.id, row.scheme === KEYED_SCHEME ? "entry altered (HMAC differs)" : "entry altered (hash differs)");
      if (row.scheme === KEYED_SCHEME) keyed++;
      else legacy++;
      prev = row.hash;
      checked++;
      lastId = row.id;
      if (anchor && checked === anchor.count && (row.id !== anchor.lastId || row.hash !== anchor.hash)) {
        return fail("anchor_mismatch", row.id, `entry #${row.id} is not the anchored head (#${anchor.lastId}): entries were replaced`);
      }
    }
  }
  if (anchor && checked < anchor.count) {
    return fail("truncated", anchor.lastId, `the log holds ${checked} entries, the anchor ${anchor.count}: the newest entries were removed`);
  }
  return result({ ok: true, firstBadId: null });
}

const PROBLEM_LABELS: Record<AuditProblem, string> = {
  altered: "nội dung mục bị sửa",
  chain_broken: "chuỗi bị đứt: có mục bị xóa hoặc chèn",
  downgraded: "có mục được ghi lại bằng cách băm cũ, không có khóa",
  unknown_scheme: "mục có cách băm không xác định",
  truncated: "các mục mới nhất đã bị xóa",
  anchor_mismatch: "mục tại vị trí đã neo đã bị thay",
  anchor_unreadable: "không đọc được tệp neo của nhật ký",
  other_key: "khóa kiểm tra không phải khóa đã ghi nhật ký",
  no_key: "không có khóa kiểm tra nhật ký",
};

/** The Vietnamese description of a failed check, for /admin/audit. */
export function auditProblemLabel(problem: AuditProblem | undefined): string {
  return problem ? PROBLEM_LABELS[problem] : "không xác định";
}

/**
 * Start-up check: the audit key can be loaded, and it is the key the anchored log was written with (a
 * portal that chained on under another key would make the whole log unverifiable). Throws AuditKeyError.
 */
export function assertAuditKeyReady(): { keySource: string; anchor: AnchorRead | null } {
  const id = auditKeyId();
  const read = readAuditAnchor();
  if (read?.state === "ok" && read.anchor.keyId !== id) {
    throw new AuditKeyError(
      `The audit key from ${auditKeySource()} (id ${id}) is not the one that wrote the audit log (id ${read.anchor.keyId}, anchor ${read.path}). ` +
        `Restore the original AUDIT_KEY; nothing was written.`,
    );
  }
  return { keySource: auditKeySource(), anchor: read };
}
