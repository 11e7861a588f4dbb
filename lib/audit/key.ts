// The audit chain's HMAC key, which never lives in the database: AUDIT_KEY, or the file AUDIT_KEY_FILE, or
// (embedded database, or outside production) one generated once in DATA_DIR/audit.key. Production on a
// server database must configure one: instances sharing a database must share the key, and nothing readable
// through the database may stand in for it.
// No "server-only" marker: the anchor, which scripts/server.ts loads in plain Node, needs it.
import fs from "node:fs";
import path from "node:path";
import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

export class AuditKeyError extends Error {
  readonly code = "AUDIT_KEY";
  constructor(message: string) {
    super(message);
    this.name = "AuditKeyError";
  }
}

const MIN_LENGTH = 32;
let cached: { key: Buffer; id: string; source: string } | undefined;

function fromFile(file: string, generate: boolean): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw new AuditKeyError(`Cannot read the audit key file ${file}: ${(err as Error).message}`);
    if (!generate) throw new AuditKeyError(`AUDIT_KEY_FILE ${file} does not exist.`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fresh = randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, `${fresh}\n`, { mode: 0o600, flag: "wx" });
    return fresh;
  } catch {
    // Another process (or bundle) created it first: use theirs.
    return fs.readFileSync(file, "utf8").trim();
  }
}

function load(): { key: Buffer; id: string; source: string } {
  let text: string;
  let source: string;
  if (env.AUDIT_KEY) {
    text = env.AUDIT_KEY;
    source = "AUDIT_KEY";
  } else if (env.AUDIT_KEY_FILE) {
    source = path.resolve(env.AUDIT_KEY_FILE);
    text = fromFile(source, false);
  } else {
    if (env.DATABASE_URL && env.NODE_ENV === "production") {
      throw new AuditKeyError(
        "AUDIT_KEY (or AUDIT_KEY_FILE) is required in production when DATABASE_URL is set: the audit log's key must not be generated per host.",
      );
    }
    source = path.resolve(env.DATA_DIR, "audit.key");
    text = fromFile(source, true);
  }
  if (text.length < MIN_LENGTH) throw new AuditKeyError(`The audit key from ${source} is shorter than ${MIN_LENGTH} characters.`);
  const key = Buffer.from(text, "utf8");
  // A fingerprint that names the key without revealing it: the anchor records it, so a verify run with
  // another key says so instead of calling every entry altered.
  const id = createHmac("sha256", key).update("portal audit key id").digest("hex").slice(0, 16);
  return { key, id, source };
}

export function auditKey(): Buffer {
  return (cached ??= load()).key;
}

export function auditKeyId(): string {
  return (cached ??= load()).id;
}

/** Where the key came from (an env var name or a file path), for start-up and verify messages. */
export function auditKeySource(): string {
  return (cached ??= load()).source;
}
