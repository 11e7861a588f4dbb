// Where an image is used: as an article's cover, or inside its body (a `/media/<id>` address). The one
// definition of "in use" for the delete guard and the library's usage counts.
import "server-only";
import { asc, eq, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, media } from "@/db/schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type MediaUsage = { id: number; title: string; slug: string; status: string };

/** True for articles that use the image `mediaId` (a uuid column or a lower-case uuid string). */
export function articleUsesMedia(mediaId: SQL | string): SQL {
  const id = typeof mediaId === "string" ? sql`${mediaId.toLowerCase()}` : mediaId;
  // Ids are lower-case when generated; lower() also catches an address pasted in upper case.
  return or(eq(articles.coverMediaId, sql`${id}::uuid`), sql`strpos(lower(${articles.bodyHtml}), '/media/' || ${id}::text) > 0`)!;
}

export async function findMediaUsage(db: Db | Tx, mediaId: string): Promise<MediaUsage[]> {
  return db
    .select({ id: articles.id, title: articles.title, slug: articles.slug, status: articles.status })
    .from(articles)
    .where(articleUsesMedia(mediaId))
    .orderBy(asc(articles.title));
}

/** Number of articles using each library row, for listing queries. */
export const mediaUsageCount = sql<number>`(select count(*)::int from ${articles} where ${articleUsesMedia(sql`${media.id}`)})`;

export function mediaUsageMessage(usage: MediaUsage[]): string {
  const shown = usage
    .slice(0, 3)
    .map((a) => `“${a.title}”`)
    .join(", ");
  const more = usage.length > 3 ? ` và ${usage.length - 3} bài khác` : "";
  return `Không thể xóa: ảnh đang được dùng trong ${usage.length} tin bài (${shown}${more}). Hãy gỡ ảnh khỏi các bài này trước khi xóa.`;
}
