// Conference reports (báo cáo hội nghị) and the indicators they report. A report's content lives in its
// editions: the public reads the one edition the report points to (liveEditionId) while a new edition is
// written and reviewed; every edition keeps its own photos and indicator rows. Indicators are a managed list,
// so rows of the same indicator across reports form one series over the years.
import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { media } from "./media";
import { users } from "./users";

export const indicators = pgTable("indicators", {
  id: serial().primaryKey(),
  code: text().notNull().unique(),
  name: text().notNull(),
  unit: text().notNull().default(""),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// draft: never public yet (its first edition is being written or reviewed); published: citizens read its live
// edition; unpublished: taken down (the live edition is kept for republishing).
export const conferenceStatus = pgEnum("conference_status", ["draft", "published", "unpublished"]);
// An edition: draft -> in_review -> published (the live one), later superseded by the next published edition,
// or discarded without going live.
export const conferenceEditionStatus = pgEnum("conference_edition_status", ["draft", "in_review", "published", "superseded", "discarded"]);
export const indicatorKind = pgEnum("indicator_kind", ["result", "target"]);

export const conferences = pgTable(
  "conferences",
  {
    id: serial().primaryKey(),
    // Fixed at creation: links, feeds and the news stream item keep pointing at it.
    slug: text().notNull().unique(),
    status: conferenceStatus().notNull().default("draft"),
    liveEditionId: integer().references((): AnyPgColumn => conferenceEditions.id, { onDelete: "set null" }),
    publishedAt: timestamp({ withTimezone: true }),
    // Set when republished without review: the recorded reason.
    skipReviewReason: text(),
    isSample: boolean().notNull().default(false),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conferences_status_idx").on(t.status, t.publishedAt.desc())],
);

export const conferenceEditions = pgTable(
  "conference_editions",
  {
    id: serial().primaryKey(),
    conferenceId: integer()
      .notNull()
      .references((): AnyPgColumn => conferences.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    status: conferenceEditionStatus().notNull().default("draft"),
    title: text().notNull(),
    heldOn: date({ mode: "string" }).notNull(),
    // e.g. "Sáng": the part of the day, when the source gives it.
    timeOfDay: text().notNull().default(""),
    place: text().notNull().default(""),
    // One person a line ("Hồ Quang Thành – Giám đốc Sở").
    chairs: text().notNull().default(""),
    attendees: text().notNull().default(""),
    summary: text().notNull().default(""),
    // Sanitised rich text (lib/content/sanitize.ts), as articles.
    speechesHtml: text().notNull().default(""),
    directionsHtml: text().notNull().default(""),
    // Plain text of the above, for the news stream's search.
    bodyText: text().notNull().default(""),
    // Optimistic concurrency: the form sends the version it started from.
    version: integer().notNull().default(1),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    submittedById: integer().references(() => users.id, { onDelete: "set null" }),
    approvedById: integer().references(() => users.id, { onDelete: "set null" }),
    skipReviewReason: text(),
    closedReason: text(),
    publishedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conference_editions_number").on(t.conferenceId, t.number),
    uniqueIndex("conference_editions_one_open").on(t.conferenceId).where(sql`${t.status} in ('draft', 'in_review')`),
  ],
);

export const conferencePhotos = pgTable(
  "conference_photos",
  {
    id: serial().primaryKey(),
    editionId: integer()
      .notNull()
      .references(() => conferenceEditions.id, { onDelete: "cascade" }),
    mediaId: uuid()
      .notNull()
      .references(() => media.id, { onDelete: "restrict" }),
    caption: text().notNull().default(""),
    position: integer().notNull().default(0),
  },
  (t) => [index("conference_photos_edition_idx").on(t.editionId, t.position), index("conference_photos_media_idx").on(t.mediaId)],
);

const hasSomething = (value: SQL | AnyPgColumn, share: AnyPgColumn, note: AnyPgColumn) => sql`(${value} is not null or ${share} is not null or length(${note}) > 0)`;

export const conferenceIndicatorRows = pgTable(
  "conference_indicator_rows",
  {
    id: serial().primaryKey(),
    editionId: integer()
      .notNull()
      .references(() => conferenceEditions.id, { onDelete: "cascade" }),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id, { onDelete: "restrict" }),
    year: smallint().notNull(),
    kind: indicatorKind().notNull(),
    value: numeric({ precision: 20, scale: 4, mode: "number" }),
    // The share of plan the source states ("đạt 102% kế hoạch"), when it gives no plan value.
    statedSharePercent: numeric({ precision: 9, scale: 2, mode: "number" }),
    note: text().notNull().default(""),
    position: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex("conference_indicator_rows_one").on(t.editionId, t.indicatorId, t.year, t.kind),
    index("conference_indicator_rows_indicator_idx").on(t.indicatorId, t.year),
    check("conference_indicator_rows_year_range", sql`${t.year} between 1945 and 2200`),
    check("conference_indicator_rows_has_value", hasSomething(t.value, t.statedSharePercent, t.note)),
  ],
);

export type Indicator = typeof indicators.$inferSelect;
export type Conference = typeof conferences.$inferSelect;
export type ConferenceEdition = typeof conferenceEditions.$inferSelect;
export type ConferencePhoto = typeof conferencePhotos.$inferSelect;
export type ConferenceIndicatorRow = typeof conferenceIndicatorRows.$inferSelect;
export type IndicatorKind = (typeof indicatorKind.enumValues)[number];
