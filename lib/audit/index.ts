// The audit log: who changed what, which record, before and after, when and from where. Entries are
// written inside the change's own transaction, chained by hash under an advisory lock so that concurrent
// writers cannot fork the chain. verifyAuditChain() recomputes every hash.
import "server-only";
import { createHash } from "node:crypto";
import { asc, desc, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Tx } from "@/lib/kernel/transaction";
import type { AuditEvent, AuditSubject } from "./vocabulary";

export type AuditActor = { id: number | null; email: string; ip: string; userAgent: string };
/** One entry: the event and subject come from the vocabulary (lib/audit/vocabulary.ts), nothing else compiles. */
export type AuditInput = { action: AuditEvent; entity: AuditSubject; entityId?: string | number; before?: unknown; after?: unknown };

const GENESIS = "0".repeat(64);
const AUDIT_LOCK = 7_204_2015;

/** JSON with sorted keys at every level: what jsonb gives back hashes the same as what was written. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Plain JSON (dates as ISO strings), as it will be stored in jsonb. */
function toJson(v: unknown): unknown {
  return v === undefined ? null : JSON.parse(JSON.stringify(v));
}

function entryHash(e: {
  at: Date;
  actorId: number | null;
  actorEmail: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string;
  userAgent: string;
  prevHash: string;
}): string {
  const payload = canonicalJson({ ...e, at: e.at.toISOString() });
  return createHash("sha256").update(payload).digest("hex");
}

export async function writeAudit(tx: Tx | Db, actor: AuditActor, input: AuditInput): Promise<void> {
  // The advisory lock lasts until the end of the transaction; outside one it would be released at once (and
  // on a pool the insert may run on another connection), letting two writers chain to the same entry.
  if (!("rollback" in tx)) return tx.transaction((inner) => writeAudit(inner, actor, input));
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
    prevHash: last?.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...entry, hash: entryHash(entry) });
}

export type AuditVerification = { ok: boolean; checked: number; firstBadId: number | null; reason?: string };

export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let prev = GENESIS;
  let checked = 0;
  let lastId = 0;
  for (;;) {
    const batch = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(1000);
    if (!batch.length) return { ok: true, checked, firstBadId: null };
    for (const row of batch) {
      if (row.prevHash !== prev) return { ok: false, checked, firstBadId: row.id, reason: "chain broken (previous hash differs)" };
      const { id: _id, hash, ...rest } = row;
      if (entryHash(rest) !== hash) return { ok: false, checked, firstBadId: row.id, reason: "entry altered (hash differs)" };
      prev = hash;
      checked++;
      lastId = row.id;
    }
  }
}
