// Holiday table reads: the calendar the deadline clock counts with (loadCalendar, no session needed: the table
// is what the office publishes anyway) and a year's rows for the administrators' page. The calendar is cached
// per process and checked against the table's version stamp (one primary-key read), which every change bumps
// in its own transaction: an edit made by any server process is seen at the next call, nothing is re-read before.
import "server-only";
import { and, asc, between, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { holidayCalendarVersion, holidays, users, type HolidayKind, type HolidaySource } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { logger } from "@/lib/logger";
import { makeCalendar, type WorkingCalendar } from "@/lib/time/working-days";

type Cached = { stamp: string; calendar: WorkingCalendar };
const g = globalThis as unknown as { __holidayCalendars?: Map<string, Cached> };
const cache = (g.__holidayCalendars ??= new Map());

/** The version stamp of the table; "none" before its first change. */
async function calendarStamp(db: Db): Promise<string> {
  const [row] = await db.select({ stamp: holidayCalendarVersion.stamp }).from(holidayCalendarVersion).where(eq(holidayCalendarVersion.id, 1));
  return row?.stamp ?? "none";
}

/**
 * The working calendar of the years fromYear..toYear from the holiday table (removed days left out). Load a
 * range that covers every day a count may reach: e.g. the receipt's year and the next one.
 */
export async function loadCalendar(fromYear: number, toYear: number): Promise<WorkingCalendar> {
  const db = await getDb();
  const key = `${fromYear}-${toYear}`;
  const stamp = await calendarStamp(db);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.calendar;
  const rows = await db
    .select({ date: holidays.date, kind: holidays.kind, year: holidays.year })
    .from(holidays)
    .where(and(between(holidays.year, fromYear, toYear), eq(holidays.removed, false)));
  const years = new Set(rows.map((r) => r.year));
  for (let y = fromYear; y <= toYear; y++) {
    if (!years.has(y)) logger.warn({ year: y }, "the holiday table has no day for this year: deadlines count weekends only");
  }
  const calendar = makeCalendar(
    rows.filter((r) => r.kind === "day_off").map((r) => r.date),
    rows.filter((r) => r.kind === "working_day").map((r) => r.date),
  );
  cache.set(key, { stamp, calendar });
  return calendar;
}

export type HolidayRow = {
  date: string;
  name: string;
  kind: HolidayKind;
  source: HolidaySource;
  removed: boolean;
  updatedAt: Date;
  updatedBy: string | null;
};

/** Every row of a year, removed ones included (the page lists them apart), in date order. */
export async function listHolidayYear(actor: Actor | null, year: number): Promise<HolidayRow[]> {
  assertCan(actor, "holidays.manage");
  const db = await getDb();
  return db
    .select({
      date: holidays.date,
      name: holidays.name,
      kind: holidays.kind,
      source: holidays.source,
      removed: holidays.removed,
      updatedAt: holidays.updatedAt,
      updatedBy: users.name,
    })
    .from(holidays)
    .leftJoin(users, eq(users.id, holidays.updatedById))
    .where(eq(holidays.year, year))
    .orderBy(asc(holidays.date));
}
