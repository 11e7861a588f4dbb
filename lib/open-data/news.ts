// Open data reads of the news: only what lib/news/visibility.ts lets citizens see (published, publish time
// come), never a draft, an article in review or a scheduled one. Newest first, ties broken by id, read by keyset
// (the cursor holds the last row's exact publish instant and id), so a page never repeats or skips a row when
// articles are published meanwhile.
import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articles, categories, media } from "@/db/schema";
import { getPublishedArticle } from "@/lib/news/queries";
import { isPublic } from "@/lib/news/visibility";
import { cursorParam, decodeCursor, idKey, instantKey, limitParam, slugParam } from "./params";
import { absoluteLinks, siteHref } from "./page";

export const NEWS_LIST = "news";

export const newsQuery = z.object({ limit: limitParam, cursor: cursorParam, category: slugParam("category") });
export type NewsQuery = z.output<typeof newsQuery>;

const newsKey = z.tuple([instantKey, idKey]);

/** Postgres's own text of an instant, to the microsecond (a JS Date keeps milliseconds only). */
const instantText = (column: SQL | typeof articles.publishedAt) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export type NewsRow = Awaited<ReturnType<typeof listOpenNews>>[number];

/** Up to limit + 1 public articles after the cursor. */
export async function listOpenNews(q: NewsQuery) {
  const after = decodeCursor(NEWS_LIST, q.cursor, newsKey);
  const where: SQL[] = [isPublic()];
  if (q.category) where.push(eq(categories.slug, q.category));
  if (after) where.push(sql`(${articles.publishedAt}, ${articles.id}) < (${after[0]}::timestamptz, ${after[1]})`);
  const db = await getDb();
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      sapo: articles.sapo,
      author: articles.author,
      source: articles.source,
      publishedAt: articles.publishedAt,
      publishedKey: instantText(articles.publishedAt),
      updatedAt: articles.updatedAt,
      isSample: articles.isSample,
      categorySlug: categories.slug,
      categoryName: categories.name,
      coverMediaId: articles.coverMediaId,
      coverAlt: media.altText,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(...where))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(q.limit + 1);
}

export const newsKeyOf = (r: NewsRow) => [r.publishedKey, r.id] as const;

const image = (id: string | null, alt: string | null) => (id ? { url: siteHref(`/media/${id}`), alt: alt ?? "" } : null);

export function serialiseNewsItem(r: NewsRow) {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.sapo,
    category: { slug: r.categorySlug, name: r.categoryName },
    author: r.author,
    source: r.source,
    publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    image: image(r.coverMediaId, r.coverAlt),
    isSample: r.isSample,
    url: siteHref(`/news/${r.slug}`),
  };
}

/** One public article with its (sanitised) body and rating; null when unknown, a draft or not yet due. */
export async function getOpenArticle(slug: string) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const a = await getPublishedArticle(slug);
  if (!a) return null;
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    summary: a.sapo,
    category: { slug: a.categorySlug, name: a.categoryName },
    author: a.author,
    source: a.source,
    publishedAt: a.publishedAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    image: image(a.coverMediaId, a.coverAlt),
    isSample: a.isSample,
    url: siteHref(`/news/${a.slug}`),
    bodyHtml: absoluteLinks(a.bodyHtml),
    rating: { count: a.rating.count, average: Math.round(a.rating.average * 100) / 100 },
  };
}
