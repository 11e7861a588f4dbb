// Newsroom reads for the admin area: article lists with filters, one article for editing, its revisions,
// pending and failed schedules, and the draft behind a preview link. Every read checks news.write first,
// except the preview by token, where a live stored link is the permission (lib/newsroom/preview-links.ts).
import "server-only";
import { and, count, desc, eq, getTableColumns, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db } from "@/db/client";
import { articleEditions, articleRevisions, articles, categories, media, users } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { findLivePreviewLink } from "./preview-links";
import { ADMIN_PAGE_SIZE, type AdminListFilter } from "./validation";
import { paginate } from "@/lib/pagination";

/** After this many failed attempts the scheduler stops retrying; staff must act (see workflow.ts). */
export const MAX_SCHEDULE_ATTEMPTS = 5;

const creator = alias(users, "creator");
const updater = alias(users, "updater");
const submitter = alias(users, "submitter");
const approver = alias(users, "approver");

export async function listNewsroomCategories(actor: Actor | null) {
  assertCan(actor, "news.write");
  const db = await getDb();
  return db
    .select({ id: categories.id, slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(categories.sortOrder, categories.name);
}

export async function listAdminArticles(actor: Actor | null, filter: AdminListFilter) {
  assertCan(actor, "news.write");
  const db = await getDb();
  // A conference report's news stream item is written by lib/conferences, never edited here.
  const conditions: SQL[] = [isNull(articles.conferenceId)];
  if (filter.status === "failed") conditions.push(eq(articles.status, "scheduled"), isNotNull(articles.scheduleError));
  else if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.category) conditions.push(eq(categories.slug, filter.category));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total }] = await db
    .select({ total: count() })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(where);
  const { page, pageCount, offset } = paginate(total, filter.page, ADMIN_PAGE_SIZE);
  const items = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      categoryName: categories.name,
      updatedAt: articles.updatedAt,
      publishedAt: articles.publishedAt,
      scheduledAt: articles.scheduledAt,
      scheduleError: articles.scheduleError,
      isSample: articles.isSample,
      version: articles.version,
      createdByName: creator.name,
      updatedByName: updater.name,
      openEditionStatus: sql<"draft" | "in_review" | null>`(select ${articleEditions.status} from ${articleEditions} where ${articleEditions.articleId} = ${articles.id} and ${articleEditions.status} in ('draft', 'in_review') limit 1)`,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(creator, eq(creator.id, articles.createdById))
    .leftJoin(updater, eq(updater.id, articles.updatedById))
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  return { items, total, page, pageCount };
}

export async function getArticleForEdit(actor: Actor | null, id: number) {
  assertCan(actor, "news.write");
  const db = await getDb();
  const [row] = await db
    .select({
      article: articles,
      categoryName: categories.name,
      categorySlug: categories.slug,
      createdByName: creator.name,
      submittedByName: submitter.name,
      approvedByName: approver.name,
      updatedByName: updater.name,
      cover: { id: media.id, altText: media.altText, caption: media.caption, credit: media.credit },
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .leftJoin(creator, eq(creator.id, articles.createdById))
    .leftJoin(submitter, eq(submitter.id, articles.submittedById))
    .leftJoin(approver, eq(approver.id, articles.approvedById))
    .leftJoin(updater, eq(updater.id, articles.updatedById))
    .where(and(eq(articles.id, id), isNull(articles.conferenceId)))
    .limit(1);
  if (!row) return null;
  const { searchVector: _sv, ...article } = row.article;
  return {
    openEdition: await getOpenEdition(id),
    ...article,
    categoryName: row.categoryName,
    categorySlug: row.categorySlug,
    createdByName: row.createdByName,
    submittedByName: row.submittedByName,
    approvedByName: row.approvedByName,
    updatedByName: row.updatedByName,
    // The cover's library row, so the form can offer it even when it is not among the newest images.
    cover: row.cover?.id ? row.cover : null,
  };
}

const editionAuthor = alias(users, "edition_author");
const editionSubmitter = alias(users, "edition_submitter");
const editionApprover = alias(users, "edition_approver");

const editionColumns = {
  ...getTableColumns(articleEditions),
  createdByName: editionAuthor.name,
  submittedByName: editionSubmitter.name,
  approvedByName: editionApprover.name,
};

function editionsQuery(db: Db, where: SQL) {
  return db
    .select(editionColumns)
    .from(articleEditions)
    .leftJoin(editionAuthor, eq(editionAuthor.id, articleEditions.createdById))
    .leftJoin(editionSubmitter, eq(editionSubmitter.id, articleEditions.submittedById))
    .leftJoin(editionApprover, eq(editionApprover.id, articleEditions.approvedById))
    .where(where);
}

/** The edition being written for a published article (draft or in review), if any. */
async function getOpenEdition(articleId: number) {
  const [e] = await editionsQuery(await getDb(), and(eq(articleEditions.articleId, articleId), inArray(articleEditions.status, ["draft", "in_review"]))!).limit(1);
  return e ?? null;
}

export type EditionListItem = Awaited<ReturnType<typeof listEditions>>[number];

/** Every edition of an article, newest first: what was public when, who wrote and approved it, and what is open. */
export async function listEditions(actor: Actor | null, articleId: number) {
  assertCan(actor, "news.write");
  return editionsQuery(await getDb(), eq(articleEditions.articleId, articleId)).orderBy(desc(articleEditions.number));
}

export async function listRevisions(actor: Actor | null, articleId: number, limit = 50) {
  assertCan(actor, "news.write");
  const db = await getDb();
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      title: articleRevisions.title,
      createdAt: articleRevisions.createdAt,
      createdByName: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdById))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .limit(limit);
}

/** One revision and the one saved just before it (null for the first), for a diff. */
export async function getRevisionWithPrevious(actor: Actor | null, articleId: number, revisionId: number) {
  assertCan(actor, "news.write");
  const db = await getDb();
  const [revision] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .limit(1);
  if (!revision) return null;
  const [previous] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), lt(articleRevisions.version, revision.version)))
    .orderBy(desc(articleRevisions.version))
    .limit(1);
  return { revision, previous: previous ?? null };
}

/** Scheduled articles: those waiting for their time, and those the scheduler failed to publish. */
export async function listSchedules(actor: Actor | null) {
  assertCan(actor, "news.write");
  const db = await getDb();
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      scheduledAt: articles.scheduledAt,
      scheduleError: articles.scheduleError,
      scheduleAttempts: articles.scheduleAttempts,
      categoryName: categories.name,
      approvedByName: approver.name,
      skipReviewReason: articles.skipReviewReason,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(approver, eq(approver.id, articles.approvedById))
    .where(eq(articles.status, "scheduled"))
    .orderBy(articles.scheduledAt, articles.id);
  return {
    pending: rows.filter((r) => r.scheduleError === null),
    failed: rows.filter((r) => r.scheduleError !== null),
    maxAttempts: MAX_SCHEDULE_ATTEMPTS,
  };
}

/** Counts for the admin home and the list's headline: waiting for review, failed schedules. */
export async function countAttention(actor: Actor | null) {
  assertCan(actor, "news.write");
  const db = await getDb();
  const [r] = await db
    .select({
      inReview: sql<number>`(count(*) filter (where ${articles.status} = 'in_review')) + (select count(*) from ${articleEditions} where ${articleEditions.status} = 'in_review')`.mapWith(Number),
      failed: sql<number>`count(*) filter (where ${articles.status} = 'scheduled' and ${articles.scheduleError} is not null)`.mapWith(Number),
    })
    .from(articles);
  return r;
}

const previewColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  sapo: articles.sapo,
  bodyHtml: articles.bodyHtml,
  author: articles.author,
  source: articles.source,
  status: articles.status,
  publishedAt: articles.publishedAt,
  scheduledAt: articles.scheduledAt,
  updatedAt: articles.updatedAt,
  isSample: articles.isSample,
  version: articles.version,
  categoryName: categories.name,
  categorySlug: categories.slug,
  coverMediaId: articles.coverMediaId,
  coverAlt: media.altText,
};

async function loadPreview(id: number) {
  const db = await getDb();
  const [row] = await db
    .select(previewColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  // A published article being edited: what is previewed is the open edition, the text that would go live.
  const [edition] = await db
    .select({
      title: articleEditions.title,
      sapo: articleEditions.sapo,
      bodyHtml: articleEditions.bodyHtml,
      author: articleEditions.author,
      source: articleEditions.source,
      updatedAt: articleEditions.updatedAt,
      number: articleEditions.number,
      categoryName: categories.name,
      categorySlug: categories.slug,
      coverMediaId: articleEditions.coverMediaId,
      coverAlt: media.altText,
    })
    .from(articleEditions)
    .innerJoin(categories, eq(categories.id, articleEditions.categoryId))
    .leftJoin(media, eq(media.id, articleEditions.coverMediaId))
    .where(and(eq(articleEditions.articleId, id), inArray(articleEditions.status, ["draft", "in_review"])))
    .limit(1);
  if (!edition) return { ...row, editionNumber: null as number | null };
  const { number, ...content } = edition;
  return { ...row, ...content, editionNumber: number as number | null };
}

export type ArticlePreview = NonNullable<Awaited<ReturnType<typeof loadPreview>>>;

/** The current content of any article, as a signed-in staff member previews it. */
export async function getArticlePreview(actor: Actor | null, id: number): Promise<ArticlePreview | null> {
  assertCan(actor, "news.write");
  return loadPreview(id);
}

/** What a live preview link shows, and until when; null for a link that is unknown, malformed or dead. */
export async function getArticlePreviewByToken(token: string, now: Date = new Date()): Promise<{ preview: ArticlePreview; expiresAt: Date } | null> {
  const link = await findLivePreviewLink(token, now);
  if (!link) return null;
  const preview = await loadPreview(link.articleId);
  return preview ? { preview, expiresAt: link.expiresAt } : null;
}

/** Scheduled articles whose time has come and that the scheduler may still try (see MAX_SCHEDULE_ATTEMPTS). */
export async function listDueScheduledIds(now: Date = new Date()): Promise<number[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.status, "scheduled"),
        sql`${articles.scheduledAt} <= ${now.toISOString()}::timestamptz`,
        lt(articles.scheduleAttempts, MAX_SCHEDULE_ATTEMPTS),
      ),
    )
    .orderBy(articles.scheduledAt, articles.id)
    .limit(100);
  return rows.map((r) => r.id);
}

