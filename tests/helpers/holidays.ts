// Holiday rows for tests, written straight into the real schema. Like every write to the table, a fixture gives
// it a new version stamp, so a calendar cached by an earlier test is never taken for this one's.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { holidayCalendarVersion, holidays, type Holiday } from "@/db/schema";

export async function makeHoliday(db: Db, over: Partial<typeof holidays.$inferInsert> & { date: string }): Promise<Holiday> {
  const [h] = await db
    .insert(holidays)
    .values({ year: Number(over.date.slice(0, 4)), name: "Ngày nghỉ thử nghiệm", kind: "day_off", source: "staff", ...over })
    .returning();
  await db
    .insert(holidayCalendarVersion)
    .values({ id: 1 })
    .onConflictDoUpdate({ target: holidayCalendarVersion.id, set: { stamp: sql`gen_random_uuid()` } });
  return h!;
}
