// Site settings: one row (id = 1) with the department's name and contacts shown in header and footer.
import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const siteSettings = pgTable(
  "site_settings",
  {
    id: integer().primaryKey().default(1),
    departmentName: text().notNull(),
    parentAuthority: text().notNull(),
    address: text().notNull(),
    phone: text().notNull(),
    fax: text().notNull().default(""),
    email: text().notNull(),
    editorInChief: text().notNull().default(""),
    licence: text().notNull().default(""),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("site_settings_single_row", sql`${t.id} = 1`)],
);

export type SiteSettings = typeof siteSettings.$inferSelect;
