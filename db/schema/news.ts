// News: categories, articles and reader ratings. An article is public only when published and its
// publish time has come (see lib/news/visibility.ts).
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { conferences } from "./conferences";
import { media } from "./media";
import { tsvector } from "./types";
import { users } from "./users";

export const categories = pgTable("categories", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(""),
  sortOrder: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// draft -> in_review -> (approved) published, or scheduled -> published by the scheduler; unpublished
// takes a published article down. Only "published" with a publish time in the past is public.
export const articleStatus = pgEnum("article_status", ["draft", "in_review", "published", "unpublished", "scheduled"]);

export const articles = pgTable(
  "articles",
  {
    id: serial().primaryKey(),
    slug: text().notNull().unique(),
    title: text().notNull(),
    sapo: text().notNull().default(""),
    bodyHtml: text().notNull().default(""),
    // Plain text of the body, kept beside the HTML so search indexes words, not markup.
    bodyText: text().notNull().default(""),
    categoryId: integer()
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    author: text().notNull().default(""),
    source: text().notNull().default(""),
    status: articleStatus().notNull().default("draft"),
    publishedAt: timestamp({ withTimezone: true }),
    featured: boolean().notNull().default(false),
    coverMediaId: uuid().references(() => media.id, { onDelete: "set null" }),
    isSample: boolean().notNull().default(false),
    // Rows made by `npm run db:generate-load` (never in the demo content).
    isGenerated: boolean().notNull().default(false),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    submittedById: integer().references(() => users.id, { onDelete: "set null" }),
    approvedById: integer().references(() => users.id, { onDelete: "set null" }),
    // Set when published without review: the recorded reason.
    skipReviewReason: text(),
    scheduledAt: timestamp({ withTimezone: true }),
    scheduleError: text(),
    scheduleAttempts: integer().notNull().default(0),
    version: integer().notNull().default(1),
    // The news stream's item of a published conference report (lib/conferences/news-item.ts): lists, search
    // and feeds show it like any article, but it links to linkPath and the newsroom never edits it.
    conferenceId: integer()
      .unique()
      .references(() => conferences.id, { onDelete: "cascade" }),
    linkPath: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('portal_vi'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('portal_vi'::regconfig, coalesce(sapo, '')), 'B') || setweight(to_tsvector('portal_vi'::regconfig, coalesce(body_text, '')), 'C')`,
    ),
  },
  (t) => [
    // The public order (newest first, id breaking ties) in full: a page of /news or /api/v1/news reads its rows
    // straight off the index instead of sorting every public article (measured on 10.000: 85-270 ms to ~1 ms).
    // NULLS FIRST is what ORDER BY ... DESC means; with NULLS LAST the planner could not use the index for it.
    index("articles_public_order_idx").on(t.status, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("articles_category_idx").on(t.categoryId, t.publishedAt.desc()),
    index("articles_search_idx").using("gin", t.searchVector),
    index("articles_scheduled_idx").on(t.status, t.scheduledAt),
    index("articles_title_trgm_idx").using("gin", sql`portal_unaccent(lower(${t.title})) gin_trgm_ops`),
  ],
);

export const articleRatings = pgTable(
  "article_ratings",
  {
    id: serial().primaryKey(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    // HMAC of the visitor cookie: one vote per visitor per article, without storing the raw id.
    visitorKey: text().notNull(),
    stars: smallint().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("article_ratings_one_per_visitor").on(t.articleId, t.visitorKey),
    check("article_ratings_stars_range", sql`${t.stars} between 1 and 5`),
  ],
);

// A snapshot of an article's content at each save, for diff and restore.
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: serial().primaryKey(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    title: text().notNull(),
    sapo: text().notNull(),
    bodyHtml: text().notNull(),
    categoryId: integer().notNull(),
    author: text().notNull(),
    source: text().notNull(),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("article_revisions_version").on(t.articleId, t.version)],
);

// Editions of a published article. Editing a published article never changes what citizens read: the edit
// becomes an open edition (draft, then in review) that goes live only when approved by someone other than
// its author, or published without review with a recorded reason. Each publication of the article is an
// edition too, so its history lists every version citizens have seen. At most one open edition per article.
export const editionStatus = pgEnum("edition_status", ["draft", "in_review", "published", "discarded"]);

export const articleEditions = pgTable(
  "article_editions",
  {
    id: serial().primaryKey(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    status: editionStatus().notNull().default("draft"),
    title: text().notNull(),
    sapo: text().notNull().default(""),
    bodyHtml: text().notNull().default(""),
    bodyText: text().notNull().default(""),
    categoryId: integer()
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
    author: text().notNull().default(""),
    source: text().notNull().default(""),
    featured: boolean().notNull().default(false),
    coverMediaId: uuid().references(() => media.id, { onDelete: "set null" }),
    // Optimistic concurrency for edits of an open edition (the form sends the version it started from).
    version: integer().notNull().default(1),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    submittedById: integer().references(() => users.id, { onDelete: "set null" }),
    approvedById: integer().references(() => users.id, { onDelete: "set null" }),
    skipReviewReason: text(),
    // Why an open edition was closed without going live (discarded by staff, or folded into the article when it was taken down).
    closedReason: text(),
    publishedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("article_editions_number").on(t.articleId, t.number),
    uniqueIndex("article_editions_one_open").on(t.articleId).where(sql`${t.status} in ('draft', 'in_review')`),
    index("article_editions_status_idx").on(t.status),
  ],
);

export type ArticleEdition = typeof articleEditions.$inferSelect;
export type EditionStatus = (typeof editionStatus.enumValues)[number];
export type Category = typeof categories.$inferSelect;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type ArticleRating = typeof articleRatings.$inferSelect;
