// The audit chain's anchor: its head (entry count, last id, last hash) kept in a file outside the database
// (AUDIT_ANCHOR_PATH, default DATA_DIR/audit-anchor.json), so that cutting the newest entries, or re-chaining
// the log, is found by `audit:verify`. Every writeAudit schedules a refresh that waits, on the audit lock, for
// the writer's transaction to end and then records the committed head: whichever path wrote the entry
// (runInTransaction, db.transaction, sign-in, sign-out), the anchor follows it after commit.
// No "server-only" marker: scripts/server.ts (plain Node, no react-server condition) waits on it at shutdown.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { count, eq, gt, max, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { AUDIT_LOCK } from "./chain";
import { auditKeyId } from "./key";

export type AuditAnchor = {
  version: 1;
  /** Entries in the log up to and including lastId. */
  count: number;
  lastId: number;
  /** The hash of entry lastId. */
  hash: string;
  /** Fingerprint of the key the log was written with (lib/audit/key.ts). */
  keyId: string;
  /** When the anchor was written (ISO). */
  at: string;
};

export type AnchorRead =
  | { state: "missing"; path: string }
  | { state: "invalid"; path: string; error: string }
  | { state: "ok"; path: string; anchor: AuditAnchor };

type State = { running?: Promise<void>; again: boolean; pathOverride?: string | null };
// On globalThis: Next bundles this module more than once in one process, and every copy must share one queue.
const g = globalThis as unknown as { __portalAuditAnchor?: State };
const state: State = (g.__portalAuditAnchor ??= { again: false });

/** The anchor file, or null when anchoring is switched off (tests only). */
export function auditAnchorPath(): string | null {
  if (state.pathOverride !== undefined) return state.pathOverride;
  return path.resolve(env.AUDIT_ANCHOR_PATH ?? path.join(env.DATA_DIR, "audit-anchor.json"));
}

/** Test seam: each test file anchors into its own file (or nowhere, with null); undefined restores the default. */
export function setAuditAnchorPathForTests(file: string | null | undefined): void {
  state.pathOverride = file;
}

const isCount = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

export function readAuditAnchor(file: string | null = auditAnchorPath()): AnchorRead | null {
  if (!file) return null;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { state: "missing", path: file };
    return { state: "invalid", path: file, error: (err as Error).message };
  }
  try {
    const a = JSON.parse(text) as Partial<AuditAnchor>;
    if (a.version !== 1 || !isCount(a.count) || !isCount(a.lastId) || typeof a.hash !== "string" || typeof a.keyId !== "string" || typeof a.at !== "string") {
      return { state: "invalid", path: file, error: "unexpected content" };
    }
    return { state: "ok", path: file, anchor: a as AuditAnchor };
  } catch (err) {
    return { state: "invalid", path: file, error: (err as Error).message };
  }
}

/** Temp file, fsync, rename: a reader (or a crash) sees the old anchor or the new one, never half of one. */
export function writeAuditAnchor(anchor: AuditAnchor, file: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = fs.openSync(tmp, "wx", 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(anchor)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  // The folder is not fsynced: after a power cut the rename may be lost and the previous anchor come
  // back, which verify accepts (an anchor older than the log); the file's own fsync keeps it whole.
}

export type AnchorOutcome = "written" | "unchanged" | "refused";

/**
 * Records the committed head of the log in the anchor. Runs under the audit lock, so it waits for any writer
 * still in its transaction and anchors in chain order. It only moves forward from an anchor whose head is
 * still in the log under the same key; otherwise it leaves the anchor alone (that evidence is what
 * audit:verify reports) and logs the refusal.
 */
export async function anchorAuditHead(db: Db, file: string): Promise<AnchorOutcome> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
    const prev = readAuditAnchor(file)!;
    if (prev.state === "invalid") {
      logger.error({ anchor: file, error: prev.error }, "audit anchor unreadable: left as is; run npm run audit:verify");
      return "refused";
    }
    let base = { count: 0, lastId: 0 };
    if (prev.state === "ok") {
      const a = prev.anchor;
      if (a.keyId !== auditKeyId()) {
        logger.error({ anchor: file }, "audit anchor was written under another audit key: left as is; check AUDIT_KEY");
        return "refused";
      }
      if (a.count > 0) {
        const [row] = await tx.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, a.lastId));
        if (row?.hash !== a.hash) {
          logger.error({ anchor: file, lastId: a.lastId }, "audit log no longer holds the anchored head: anchor left as is; run npm run audit:verify");
          return "refused";
        }
      }
      base = a;
    }
    const [added] = await tx.select({ n: count(), lastId: max(auditLog.id) }).from(auditLog).where(gt(auditLog.id, base.lastId));
    if (!added?.n || added.lastId === null) return "unchanged";
    const lastId = Number(added.lastId);
    const [head] = await tx.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.id, lastId));
    writeAuditAnchor({ version: 1, count: base.count + added.n, lastId, hash: head!.hash, keyId: auditKeyId(), at: new Date().toISOString() }, file);
    return "written";
  });
}

/**
 * Called by writeAudit inside the writer's transaction: starts (or re-arms) one background refresh of the
 * anchor on the process's database. It cannot run before that transaction ends: it queues on the audit lock.
 */
export function scheduleAuditAnchor(): void {
  if (!auditAnchorPath()) return;
  if (state.running) {
    state.again = true;
    return;
  }
  const run = async () => {
    do {
      state.again = false;
      const file = auditAnchorPath();
      if (!file) break;
      try {
        await anchorAuditHead(await getDb(), file);
      } catch (err) {
        logger.warn({ err }, "audit anchor not updated (the next change will catch up)");
      }
    } while (state.again);
    // Cleared in the same turn as the last check of `again`: a writer scheduling now starts a new run.
    state.running = undefined;
  };
  state.running = run();
}

/**
 * Waits for the pending anchor refresh, if any (never throws). runInTransaction calls it after commit, CLIs
 * and the server before closing the database. The timeout keeps a stuck refresh from holding a request.
 */
export async function settleAuditAnchor(timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (state.running) {
    const left = deadline - Date.now();
    if (left <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([state.running, new Promise<void>((r) => (timer = setTimeout(r, left)))]);
    clearTimeout(timer);
  }
}
