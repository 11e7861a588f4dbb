// Media library writes: upload, edit the texts, delete. The file must pass the "image" kind of lib/uploads
// (JPEG, PNG, WebP or GIF decided from its BYTES, never its name or Content-Type; 10 MB; a readable header
// of at most 12 000 px a side); an image still used by an article cannot be deleted. Each change is one
// transaction with its audit entry (texts only: never the bytes).
import "server-only";
import { eq, sql } from "drizzle-orm";
import { media } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fieldErrors, refuse, runInTransaction, type FieldErrors, type Result } from "@/lib/kernel";
import { checkUpload } from "@/lib/uploads";
import { findMediaUsage, mediaUsageMessage } from "./usage";
import { UUID_PATTERN, mediaTextInput, type MediaTextInput } from "./validation";

type MutationResult<T = void> = Result<T>;

export type UploadInput = MediaTextInput & { bytes: Uint8Array; filename: string };

const NOT_FOUND = "Không tìm thấy ảnh này trong thư viện (có thể đã bị xóa).";

type AuditedFields = Pick<typeof media.$inferSelect, "filename" | "mimeType" | "byteSize" | "altText" | "caption" | "credit">;
const auditView = (m: AuditedFields) => ({
  filename: m.filename,
  mimeType: m.mimeType,
  byteSize: m.byteSize,
  altText: m.altText,
  caption: m.caption,
  credit: m.credit,
});

export async function uploadMedia(actor: Actor | null, input: UploadInput): Promise<MutationResult<{ id: string }>> {
  assertCan(actor, "media.manage");
  const errors: FieldErrors = {};
  const text = mediaTextInput.safeParse(input);
  if (!text.success) Object.assign(errors, fieldErrors(text.error));
  const image = await checkUpload("image", input.bytes, input.filename);
  if (!image.ok) errors.file = image.error;
  if (!text.success || !image.ok) return { ok: false, errors };

  const { file } = image;
  const row = {
    filename: file.filename,
    mimeType: file.mimeType,
    byteSize: file.byteSize,
    width: file.width ?? null,
    height: file.height ?? null,
    sha256: file.sha256,
    ...text.data,
    createdById: actor.id,
  };
  return runInTransaction(async (tx) => {
    // The bytes travel as base64 text decoded by Postgres: PGlite serialises a binary parameter slowly
    // (2 MB: ~1.5 s as bytea, ~0.15 s as base64); postgres-js is faster this way too.
    const [created] = await tx
      .insert(media)
      .values({ ...row, data: sql`decode(${file.bytes.toString("base64")}, 'base64')` })
      .returning({ id: media.id });
    await writeAudit(tx, actor, { action: "media.upload", entity: "media", entityId: created.id, after: auditView(row) });
    return { id: created.id };
  });
}

export async function updateMediaText(actor: Actor | null, id: string, input: MediaTextInput): Promise<MutationResult> {
  assertCan(actor, "media.manage");
  if (!UUID_PATTERN.test(id)) return { ok: false, errors: { _form: NOT_FOUND } };
  const parsed = mediaTextInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  return runInTransaction(async (tx) => {
    const [before] = await tx.select().from(media).where(eq(media.id, id)).for("update");
    if (!before) refuse(NOT_FOUND);
    const [after] = await tx.update(media).set(parsed.data).where(eq(media.id, id)).returning();
    await writeAudit(tx, actor, { action: "media.update", entity: "media", entityId: id, before: auditView(before), after: auditView(after) });
  });
}

/** Deletes an image nobody uses. Refused (nothing changes) while an article's body or cover refers to it. */
export async function deleteMedia(actor: Actor | null, id: string): Promise<MutationResult> {
  assertCan(actor, "media.manage");
  if (!UUID_PATTERN.test(id)) return { ok: false, errors: { _form: NOT_FOUND } };
  return runInTransaction(async (tx) => {
    const [before] = await tx.select().from(media).where(eq(media.id, id)).for("update");
    if (!before) refuse(NOT_FOUND);
    const usage = await findMediaUsage(tx, id);
    if (usage.length) refuse(mediaUsageMessage(usage));
    await tx.delete(media).where(eq(media.id, id));
    await writeAudit(tx, actor, { action: "media.delete", entity: "media", entityId: id, before: auditView(before) });
  }, { violations: PHOTO_IN_USE });
}

// A conference report's photo keeps its image (the foreign key refuses the delete).
const PHOTO_IN_USE = {
  conference_photos_media_id_media_id_fk: { _form: "Không thể xóa: ảnh đang được dùng trong một báo cáo hội nghị. Hãy gỡ ảnh khỏi báo cáo trước khi xóa." },
};
