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
import { media } from "./media";
import { tsvector } from "./types";

export const categories = pgTable("categories", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(""),
  sortOrder: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const articleStatus = pgEnum("article_status", ["draft", "in_review", "published", "unpublished"]);

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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('portal_vi'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('portal_vi'::regconfig, coalesce(sapo, '')), 'B') || setweight(to_tsvector('portal_vi'::regconfig, coalesce(body_text, '')), 'C')`,
    ),
  },
  (t) => [
    index("articles_status_published_at_idx").on(t.status, t.publishedAt.desc()),
    index("articles_category_idx").on(t.categoryId, t.publishedAt.desc()),
    index("articles_search_idx").using("gin", t.searchVector),
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

export type Category = typeof categories.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type ArticleRating = typeof articleRatings.$inferSelect;
