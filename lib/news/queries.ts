// Reads of the public news section. Everything here shows only what lib/news/visibility.ts allows.
import "server-only";
import { and, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleRatings, articles, categories, media } from "@/db/schema";
import { isPublic } from "./visibility";
import { PAGE_SIZE } from "./validation";
import { paginate } from "@/lib/pagination";

export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  isSample: boolean;
  featured: boolean;
  categorySlug: string;
  categoryName: string;
  coverMediaId: string | null;
  coverAlt: string | null;
  /** Where the item links when it is not an article page (a conference report's news stream item). */
  linkPath: string | null;
};

const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  sapo: articles.sapo,
  publishedAt: articles.publishedAt,
  isSample: articles.isSample,
  featured: articles.featured,
  categorySlug: categories.slug,
  categoryName: categories.name,
  coverMediaId: articles.coverMediaId,
  coverAlt: media.altText,
  linkPath: articles.linkPath,
};

function toSummary(r: Omit<ArticleSummary, "publishedAt"> & { publishedAt: Date | null }): ArticleSummary {
  return { ...r, publishedAt: r.publishedAt ?? new Date(0) };
}

export async function listCategories() {
  const db = await getDb();
  return db
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .orderBy(categories.sortOrder, categories.name);
}

export async function listPublishedArticles(opts: { categorySlug?: string; page: number; pageSize?: number }) {
  const db = await getDb();
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const where = opts.categorySlug ? and(isPublic(), eq(categories.slug, opts.categorySlug)) : isPublic();
  const [{ total }] = await db
    .select({ total: count() })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(where);
  const { page, pageCount, offset } = paginate(total, opts.page, pageSize);
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(pageSize)
    .offset(offset);
  return { items: rows.map(toSummary), total, page, pageCount, pageSize };
}

export async function getHomeNews() {
  const db = await getDb();
  const latest = (
    await db
      .select(summaryColumns)
      .from(articles)
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .leftJoin(media, eq(media.id, articles.coverMediaId))
      .where(isPublic())
      .orderBy(desc(articles.featured), desc(articles.publishedAt), desc(articles.id))
      .limit(40)
  ).map(toSummary);
  const featured = latest.find((a) => a.featured) ?? latest[0];
  const rest = latest
    .filter((a) => a !== featured)
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const byCategory = new Map<string, { name: string; slug: string; items: ArticleSummary[] }>();
  for (const a of rest) {
    const g = byCategory.get(a.categorySlug) ?? { name: a.categoryName, slug: a.categorySlug, items: [] };
    if (g.items.length < 4) g.items.push(a);
    byCategory.set(a.categorySlug, g);
  }
  return { featured: featured ?? null, latest: rest.slice(0, 8), byCategory: [...byCategory.values()] };
}

export async function getRatingStats(articleId: number) {
  const db = await getDb();
  const [r] = await db
    .select({ count: count(), average: sql<string | null>`avg(${articleRatings.stars})` })
    .from(articleRatings)
    .where(eq(articleRatings.articleId, articleId));
  return { count: r.count, average: r.average === null ? 0 : Number(r.average) };
}

export async function getPublishedArticle(slug: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      sapo: articles.sapo,
      bodyHtml: articles.bodyHtml,
      author: articles.author,
      source: articles.source,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      isSample: articles.isSample,
      categoryId: articles.categoryId,
      categorySlug: categories.slug,
      categoryName: categories.name,
      coverMediaId: articles.coverMediaId,
      coverAlt: media.altText,
      linkPath: articles.linkPath,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(isPublic(), eq(articles.slug, slug)))
    .limit(1);
  if (!row) return null;
  const rating = await getRatingStats(row.id);
  return { ...row, publishedAt: row.publishedAt ?? new Date(0), rating };
}

export async function listRelatedArticles(article: { id: number; categoryId: number }, limit = 5) {
  const db = await getDb();
  const rows = await db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(isPublic(), eq(articles.categoryId, article.categoryId), ne(articles.id, article.id)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
  return rows.map(toSummary);
}

export async function listFeedArticles(categorySlug?: string, limit = 30) {
  const db = await getDb();
  const where = categorySlug ? and(isPublic(), eq(categories.slug, categorySlug)) : isPublic();
  const rows = await db
    .select({ ...summaryColumns, author: articles.author, bodyHtml: articles.bodyHtml, updatedAt: articles.updatedAt })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(where)
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? new Date(0) }));
}

export async function listSitemapArticles() {
  const db = await getDb();
  return db
    .select({ slug: articles.slug, updatedAt: articles.updatedAt, publishedAt: articles.publishedAt })
    .from(articles)
    // Conference reports are listed by their own address (lib/conferences).
    .where(and(isPublic(), isNull(articles.conferenceId)))
    .orderBy(desc(articles.publishedAt));
}

/**
 * Full-text search over public articles that ignores diacritics and case ("dang ky" finds "Đăng ký").
 * Text-search rank (title weighted highest) decides the order; trigram word similarity on the title catches
 * near-misses and breaks ties; a conference report's stream item counts half. Both conditions can use their GIN index (the `<%` operator form of
 * word_similarity uses the trigram index). One query returns the page and the total.
 */
export async function searchArticles(q: string, opts: { page: number; pageSize?: number }) {
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  if (!q) return { items: [], total: 0, page: 1, pageCount: 1, pageSize };
  const db = await getDb();
  const query = sql`websearch_to_tsquery('portal_vi', ${q})`;
  const folded = sql`portal_unaccent(lower(${q}))`;
  const titleFolded = sql`portal_unaccent(lower(${articles.title}))`;
  // A conference report's stream item (lib/conferences/news-item.ts) counts half: it repeats the report's
  // summary, and an article written about the same event is the fuller news text, so it comes first.
  const weight = sql`(case when ${articles.conferenceId} is null then 1 else 0.5 end)`;
  const score = sql<number>`((ts_rank_cd(${articles.searchVector}, ${query}, 32) + 0.5 * word_similarity(${folded}, ${titleFolded})) * ${weight})`;
  const where = and(isPublic(), sql`(${articles.searchVector} @@ ${query} or ${folded} <% ${titleFolded})`);
  const fetchPage = (page: number) =>
    db
      .select({ ...summaryColumns, score, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(articles)
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .leftJoin(media, eq(media.id, articles.coverMediaId))
      .where(where)
      .orderBy(desc(score), desc(articles.publishedAt), desc(articles.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
  let page = opts.page;
  let rows = await fetchPage(page);
  if (!rows.length && page > 1) {
    // Past the end: answer with the last page rather than an empty one.
    const [{ total }] = await db.select({ total: count() }).from(articles).where(where);
    page = paginate(total, page, pageSize).page;
    rows = total ? await fetchPage(page) : [];
  }
  const total = rows[0]?.total ?? 0;
  return { items: rows.map(toSummary), total, page, pageCount: paginate(total, page, pageSize).pageCount, pageSize };
}
