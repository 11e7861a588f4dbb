// Private stored files (private_files): saving a checked upload inside the caller's transaction, and opening
// one for a staff member, with every download written to the audit log before a byte leaves. Only staff
// and administrators ("files.download") may open them; nothing here is ever publicly cacheable.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { privateFiles } from "@/db/schema";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/kernel/transaction";
import type { AcceptedUpload } from "./inspect";

/** The one id pattern: anything else would reach Postgres as an invalid uuid and fail with a 500. */
export const FILE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const auditView = (f: { filename: string; mimeType: string; byteSize: number; sha256: string; kind: string }) => ({
  kind: f.kind,
  filename: f.filename,
  mimeType: f.mimeType,
  byteSize: f.byteSize,
  sha256: f.sha256,
});

/**
 * Stores an accepted upload as a private file, with its "file.upload" audit entry, in the caller's
 * transaction (a dossier and its files are saved together or not at all). The caller authorises: a
 * citizen's dossier has no account, so `by` may be an address-only actor (id null).
 */
export async function savePrivateFile(tx: Tx, file: AcceptedUpload, by: AuditActor): Promise<{ id: string }> {
  const row = { kind: file.kind, filename: file.filename, mimeType: file.mimeType, byteSize: file.byteSize, sha256: file.sha256, createdById: by.id };
  // The bytes travel as base64 text decoded by Postgres: PGlite serialises a binary parameter slowly
  // (2 MB: ~1.5 s as bytea, ~0.15 s as base64); postgres-js is faster this way too.
  const [created] = await tx
    .insert(privateFiles)
    .values({ ...row, data: sql`decode(${file.bytes.toString("base64")}, 'base64')` })
    .returning({ id: privateFiles.id });
  await writeAudit(tx, by, { action: "file.upload", entity: "file", entityId: created.id, after: auditView(row) });
  return { id: created.id };
}

export type OpenedFile = { id: string; filename: string; mimeType: string; byteSize: number; sha256: string; data: Buffer };

/**
 * A private file for a staff member, or null when the id is malformed or unknown. The download is audited
 * in its own short transaction after the bytes are read (so the audit chain's lock is never held while
 * megabytes are decoded) and before they are returned: no audit entry, no file.
 */
export async function openPrivateFile(actor: Actor | null, id: string): Promise<OpenedFile | null> {
  assertCan(actor, "files.download");
  if (!FILE_ID_PATTERN.test(id)) return null;
  const db = await getDb();
  // Read as base64 text: both drivers decode a large bytea result far more slowly.
  const [row] = await db
    .select({
      id: privateFiles.id,
      kind: privateFiles.kind,
      filename: privateFiles.filename,
      mimeType: privateFiles.mimeType,
      byteSize: privateFiles.byteSize,
      sha256: privateFiles.sha256,
      base64: sql<string>`encode(${privateFiles.data}, 'base64')`,
    })
    .from(privateFiles)
    .where(eq(privateFiles.id, id.toLowerCase()));
  if (!row) return null;
  const { base64, kind, ...meta } = row;
  await db.transaction((tx) => writeAudit(tx, actor, { action: "file.download", entity: "file", entityId: row.id, after: auditView({ ...meta, kind }) }));
  return { ...meta, data: Buffer.from(base64, "base64") };
}
