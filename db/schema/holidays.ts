// The holiday table: exact dates per year that the deadline clock reads (SPEC: "the deadline engine reads only
// the table of exact holiday dates per year"). Pre-filled from the holiday library and the Labour Code's rules,
// then edited by administrators when the government announces the year's days. A deleted day stays as a
// tombstone (removed = true, source "staff"), so a later pre-fill never brings back a day staff took out.
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** day_off: no count (holiday, compensatory day); working_day: a weekend day declared a working day (làm bù). */
export const holidayKind = pgEnum("holiday_kind", ["day_off", "working_day"]);
/** Where the row comes from: the date-holidays package, a Labour Code rule, or a staff member's edit. */
export const holidaySource = pgEnum("holiday_source", ["library", "rule", "staff"]);

export const holidays = pgTable(
  "holidays",
  {
    date: date({ mode: "string" }).primaryKey(),
    year: integer().notNull(),
    name: text().notNull(),
    kind: holidayKind().notNull(),
    source: holidaySource().notNull(),
    removed: boolean().notNull().default(false),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("holidays_year_idx").on(t.year),
    check("holidays_year_of_date", sql`${t.year} = extract(year from ${t.date})::integer`),
    // Only staff remove a day; a tombstone from the library or a rule would be brought back by a pre-fill.
    check("holidays_removed_by_staff", sql`not ${t.removed} or ${t.source} = 'staff'`),
  ],
);

/**
 * One row (id = 1): a new random stamp on every change of `holidays`, in the same transaction, so each
 * server process knows with one primary-key read whether its cached calendar is still the table's.
 */
export const holidayCalendarVersion = pgTable(
  "holiday_calendar_version",
  {
    id: integer().primaryKey().default(1),
    stamp: uuid().notNull().default(sql`gen_random_uuid()`),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("holiday_calendar_version_single_row", sql`${t.id} = 1`)],
);

export type Holiday = typeof holidays.$inferSelect;
export type HolidayKind = (typeof holidayKind.enumValues)[number];
export type HolidaySource = (typeof holidaySource.enumValues)[number];
