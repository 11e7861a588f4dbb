// Media reads: the bytes of one stored file, for /media/[id].
import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { media } from "@/db/schema";

export async function getMediaFile(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ data: media.data, mimeType: media.mimeType, sha256: media.sha256, byteSize: media.byteSize })
    .from(media)
    .where(eq(media.id, id));
  return row ?? null;
}

/** Images for the editor's picker, newest first (staff only: callers check news.write). */
export async function listMediaForPicker(limit = 60) {
  const db = await getDb();
  const { desc } = await import("drizzle-orm");
  return db
    .select({ id: media.id, altText: media.altText, caption: media.caption, credit: media.credit, mimeType: media.mimeType, createdAt: media.createdAt })
    .from(media)
    .orderBy(desc(media.createdAt))
    .limit(limit);
}
