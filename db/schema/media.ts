// Media library: images stored in Postgres itself, so one database backup holds the whole site.
import { sql } from "drizzle-orm";
import { integer, pgTable, text, timestamp, uuid, boolean } from "drizzle-orm/pg-core";
import { bytea } from "./types";
import { users } from "./users";

export const media = pgTable("media", {
  id: uuid().primaryKey().default(sql`gen_random_uuid()`),
  filename: text().notNull(),
  mimeType: text().notNull(),
  byteSize: integer().notNull(),
  width: integer(),
  height: integer(),
  sha256: text().notNull(),
  data: bytea().notNull(),
  altText: text().notNull(),
  caption: text().notNull().default(""),
  credit: text().notNull().default(""),
  isPlaceholder: boolean().notNull().default(false),
  createdById: integer().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Media = typeof media.$inferSelect;
