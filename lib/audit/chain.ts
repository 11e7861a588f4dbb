// How an audit entry's hash is made, per scheme: 1 = plain SHA-256 of the entry (older installs; anyone with
// the rows can recompute it), 2 = HMAC-SHA-256 under the audit key (lib/audit/key.ts), which a database user
// cannot recompute. Pure functions, shared by the writer and the verifier.
import { createHash, createHmac } from "node:crypto";

export const GENESIS = "0".repeat(64);
/** Advisory lock held by every audit writer (and the anchor refresh) until its transaction ends. */
export const AUDIT_LOCK = 7_204_2015;
export const LEGACY_SCHEME = 1;
export const KEYED_SCHEME = 2;
export type AuditScheme = typeof LEGACY_SCHEME | typeof KEYED_SCHEME;

/** The hashed content of an entry: every stored column but id, hash and scheme. */
export type ChainedEntry = {
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
};

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

function pick(e: ChainedEntry): ChainedEntry {
  // Only the declared fields: a row read back carries id, hash and scheme too.
  const { at, actorId, actorEmail, action, entity, entityId, before, after, ip, userAgent, prevHash } = e;
  return { at, actorId, actorEmail, action, entity, entityId, before, after, ip, userAgent, prevHash };
}

/** The scheme-1 hash, exactly as releases before the keyed chain wrote it. */
export function legacyEntryHash(e: ChainedEntry): string {
  const payload = canonicalJson({ ...pick(e), at: e.at.toISOString() });
  return createHash("sha256").update(payload).digest("hex");
}

/** The scheme-2 hash. The scheme is part of the MAC, so a row cannot be relabelled as another scheme. */
export function keyedEntryHash(e: ChainedEntry, key: Buffer): string {
  const payload = canonicalJson({ ...pick(e), at: e.at.toISOString(), scheme: KEYED_SCHEME });
  return createHmac("sha256", key).update(payload).digest("hex");
}

export function entryHash(scheme: number, e: ChainedEntry, key: () => Buffer): string | null {
  if (scheme === LEGACY_SCHEME) return legacyEntryHash(e);
  if (scheme === KEYED_SCHEME) return keyedEntryHash(e, key());
  return null;
}
