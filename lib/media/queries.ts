// Media reads: the bytes of one stored file (for /media/[id]), the library's pages for staff, the picker,
// and alt/caption/credit of given images. Only the file route reads the bytes; every list leaves them out.
import "server-only";
import { count, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { media } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { findMediaUsage, mediaUsageCount, type MediaUsage } from "./usage";
import { UUID_PATTERN } from "./validation";
import { paginate } from "@/lib/pagination";

export const MEDIA_PAGE_SIZE = 24;

export async function getMediaFile(id: string) {
  // A strict pattern: anything else would reach Postgres as an invalid uuid and fail with a 500.
  if (!UUID_PATTERN.test(id)) return null;
  const db = await getDb();
  // Read as base64 text: both drivers decode a large bytea result far more slowly (2 MB on PGlite: ~30 ms
  // this way, ~250 ms as bytea).
  const [row] = await db
    .select({ base64: sql<string>`encode(${media.data}, 'base64')`, mimeType: media.mimeType, sha256: media.sha256, byteSize: media.byteSize })
    .from(media)
    .where(eq(media.id, id.toLowerCase()));
  if (!row) return null;
  const { base64, ...meta } = row;
  return { data: Buffer.from(base64, "base64"), ...meta };
}

/** Images for the editor's picker, newest first (staff only: callers check news.write). */
export async function listMediaForPicker(limit = 60) {
  const db = await getDb();
  return db
    .select({
      id: media.id,
      altText: media.altText,
      caption: media.caption,
      credit: media.credit,
      mimeType: media.mimeType,
      width: media.width,
      height: media.height,
      createdAt: media.createdAt,
    })
    .from(media)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
}

const listColumns = {
  id: media.id,
  filename: media.filename,
  mimeType: media.mimeType,
  byteSize: media.byteSize,
  width: media.width,
  height: media.height,
  altText: media.altText,
  caption: media.caption,
  credit: media.credit,
  isPlaceholder: media.isPlaceholder,
  createdAt: media.createdAt,
};

export type MediaListItem = { [K in keyof typeof listColumns]: (typeof media.$inferSelect)[K] } & { usageCount: number };

/** One page of the library, newest first, each image with the number of articles using it. */
export async function listMedia(
  actor: Actor | null,
  opts: { page?: number; pageSize?: number } = {},
): Promise<{ items: MediaListItem[]; total: number; page: number; pageCount: number }> {
  assertCan(actor, "media.manage");
  const db = await getDb();
  const pageSize = opts.pageSize ?? MEDIA_PAGE_SIZE;
  const [{ total }] = await db.select({ total: count() }).from(media);
  const { page, pageCount, offset } = paginate(total, opts.page, pageSize);
  const items = await db
    .select({ ...listColumns, usageCount: mediaUsageCount })
    .from(media)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(pageSize)
    .offset(offset);
  return { items: items.map((i) => ({ ...i, usageCount: Number(i.usageCount) })), total, page, pageCount };
}

/** One image's details and the articles that use it, for its edit page. */
export async function getMediaDetail(actor: Actor | null, id: string): Promise<(Omit<MediaListItem, "usageCount"> & { usage: MediaUsage[] }) | null> {
  assertCan(actor, "media.manage");
  if (!UUID_PATTERN.test(id)) return null;
  const db = await getDb();
  const [row] = await db.select(listColumns).from(media).where(eq(media.id, id.toLowerCase()));
  if (!row) return null;
  return { ...row, usage: await findMediaUsage(db, row.id) };
}

export type MediaMeta = { id: string; altText: string; caption: string; credit: string; width: number | null; height: number | null; mimeType: string };

/** Alt text, caption and credit of the given images (unknown ids are left out), e.g. to caption a figure. */
export async function getMediaMeta(ids: readonly string[]): Promise<Map<string, MediaMeta>> {
  const wanted = [...new Set(ids.filter((id) => UUID_PATTERN.test(id)).map((id) => id.toLowerCase()))];
  if (!wanted.length) return new Map();
  const db = await getDb();
  const rows = await db
    .select({
      id: media.id,
      altText: media.altText,
      caption: media.caption,
      credit: media.credit,
      width: media.width,
      height: media.height,
      mimeType: media.mimeType,
    })
    .from(media)
    .where(inArray(media.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}
