// Holiday table writes (administrators, "holidays.manage"): add, edit and delete a day, and pre-fill a year
// from the library and the Labour Code rules. Each is one transaction with its audit entry and a new version
// stamp (lib/holidays/queries.ts re-reads the calendar after it). A pre-fill never changes a row staff wrote,
// and a deleted day stays as a tombstone so that no pre-fill brings it back.
import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { holidayCalendarVersion, holidays, type Holiday } from "@/db/schema";
import { writeAudit, type AuditActor } from "@/lib/audit";
import { assertCan, SYSTEM_ACTOR, type Actor } from "@/lib/auth/permissions";
import { fail, parseInput, refuse, runInTransaction, type Result, type Tx } from "@/lib/kernel";
import { logger } from "@/lib/logger";
import { formatDate } from "@/lib/time";
import { proposeHolidayYear, type PlannedHoliday } from "./prefill";
import { holidayDate, holidayInput, holidayYear, type HolidayInput } from "./validation";

const NOT_FOUND = "Không tìm thấy ngày này trong bảng (có thể vừa bị xóa). Vui lòng tải lại trang.";

const auditView = (h: Pick<Holiday, "date" | "name" | "kind" | "source" | "removed">) => ({
  date: h.date,
  name: h.name,
  kind: h.kind,
  source: h.source,
  removed: h.removed,
});

const showDate = (iso: string) => formatDate(`${iso}T00:00:00+07:00`);

/** A new version stamp: every process's cached calendar is stale from this transaction's commit on. */
async function bumpCalendarVersion(tx: Tx): Promise<void> {
  await tx
    .insert(holidayCalendarVersion)
    .values({ id: 1, stamp: sql`gen_random_uuid()` })
    .onConflictDoUpdate({ target: holidayCalendarVersion.id, set: { stamp: sql`gen_random_uuid()`, changedAt: sql`now()` } });
}

async function lockedDay(tx: Tx, date: string): Promise<Holiday | undefined> {
  const [row] = await tx.select().from(holidays).where(eq(holidays.date, date)).for("update");
  return row;
}

const DUPLICATE = (date: string) => ({ date: `Ngày ${showDate(date)} đã có trong bảng. Hãy sửa ngày đó trong danh sách.` });

/** Adds a day off or a make-up working day; a day that was deleted comes back as the administrator's. */
export async function addHoliday(actor: Actor | null, input: HolidayInput | Record<"date" | "name" | "kind", string>): Promise<Result<{ date: string; year: number }>> {
  assertCan(actor, "holidays.manage");
  const parsed = parseInput(holidayInput, input);
  if (!parsed.ok) return parsed;
  const { date, name, kind } = parsed.data;
  const year = Number(date.slice(0, 4));
  return runInTransaction(
    async (tx) => {
      const existing = await lockedDay(tx, date);
      if (existing && !existing.removed) refuse({ date: `Ngày ${showDate(date)} đã có trong bảng (“${existing.name}”). Hãy sửa ngày đó trong danh sách.` });
      const row = { name, kind, source: "staff" as const, removed: false, updatedById: actor.id, updatedAt: new Date() };
      if (existing) await tx.update(holidays).set(row).where(eq(holidays.date, date));
      else await tx.insert(holidays).values({ date, year, ...row });
      await writeAudit(tx, actor, {
        action: "holiday.create",
        entity: "holiday",
        entityId: date,
        before: existing ? auditView(existing) : undefined,
        after: auditView({ date, ...row }),
      });
      await bumpCalendarVersion(tx);
      return { date, year };
    },
    // Two administrators adding the same day at once: the primary key decides.
    { violations: { holidays_pkey: DUPLICATE(date) } },
  );
}

/** Changes a day's name or kind (its date stays: to move a day, delete it and add the new one). */
export async function updateHoliday(actor: Actor | null, input: HolidayInput | Record<"date" | "name" | "kind", string>): Promise<Result<{ changed: boolean; year: number }>> {
  assertCan(actor, "holidays.manage");
  const parsed = parseInput(holidayInput, input);
  if (!parsed.ok) return parsed;
  const { date, name, kind } = parsed.data;
  return runInTransaction(async (tx) => {
    const before = await lockedDay(tx, date);
    if (!before || before.removed) refuse(NOT_FOUND);
    const year = before.year;
    if (before.name === name && before.kind === kind) return { changed: false, year };
    const [after] = await tx
      .update(holidays)
      .set({ name, kind, source: "staff", updatedById: actor.id, updatedAt: new Date() })
      .where(eq(holidays.date, date))
      .returning();
    await writeAudit(tx, actor, { action: "holiday.update", entity: "holiday", entityId: date, before: auditView(before), after: auditView(after!) });
    await bumpCalendarVersion(tx);
    return { changed: true, year };
  });
}

/** Takes a day out of the calendar. The row stays as the administrator's tombstone: pre-fills skip it. */
export async function deleteHoliday(actor: Actor | null, date: string): Promise<Result<{ year: number }>> {
  assertCan(actor, "holidays.manage");
  const parsed = holidayDate.safeParse(date);
  if (!parsed.success) return fail({ _form: NOT_FOUND });
  return runInTransaction(async (tx) => {
    const before = await lockedDay(tx, parsed.data);
    if (!before || before.removed) refuse(NOT_FOUND);
    const [after] = await tx
      .update(holidays)
      .set({ removed: true, source: "staff", updatedById: actor.id, updatedAt: new Date() })
      .where(eq(holidays.date, parsed.data))
      .returning();
    await writeAudit(tx, actor, { action: "holiday.delete", entity: "holiday", entityId: parsed.data, before: auditView(before), after: auditView(after!) });
    await bumpCalendarVersion(tx);
    return { year: before.year };
  });
}

export type PrefillOutcome = { year: number; added: string[]; refreshed: string[]; keptStaff: string[] };

/**
 * Writes a year's proposal: adds the days the table lacks, brings the library's and the rules' own rows up to
 * date, and leaves every row staff wrote (edited, added or deleted) as it is. Running it twice changes nothing.
 */
async function writePrefill(tx: Tx, by: AuditActor, year: number, plan: readonly PlannedHoliday[]): Promise<PrefillOutcome> {
  const existing = new Map((await tx.select().from(holidays).where(eq(holidays.year, year)).for("update")).map((r) => [r.date, r]));
  const outcome: PrefillOutcome = { year, added: [], refreshed: [], keptStaff: [] };
  for (const p of plan) {
    const row = existing.get(p.date);
    if (!row) {
      // A concurrent pre-fill may have added it since the read: then it is already what we would write.
      const inserted = await tx
        .insert(holidays)
        .values({ date: p.date, year, name: p.name, kind: "day_off", source: p.source, updatedById: by.id })
        .onConflictDoNothing()
        .returning({ date: holidays.date });
      if (inserted.length) outcome.added.push(p.date);
    } else if (row.source === "staff") {
      outcome.keptStaff.push(p.date);
    } else if (row.name !== p.name || row.kind !== "day_off" || row.source !== p.source) {
      await tx
        .update(holidays)
        .set({ name: p.name, kind: "day_off", source: p.source, updatedById: by.id, updatedAt: new Date() })
        .where(and(eq(holidays.date, p.date), eq(holidays.source, row.source)));
      outcome.refreshed.push(p.date);
    }
  }
  if (outcome.added.length || outcome.refreshed.length) {
    await writeAudit(tx, by, { action: "holiday.prefill", entity: "holiday", entityId: String(year), after: { added: outcome.added, refreshed: outcome.refreshed } });
    await bumpCalendarVersion(tx);
  }
  return outcome;
}

/** The "điền sẵn năm" button: pre-fills one year (see writePrefill). */
export async function prefillHolidayYear(actor: Actor | null, year: number | string): Promise<Result<PrefillOutcome>> {
  assertCan(actor, "holidays.manage");
  const parsed = holidayYear.safeParse(year);
  if (!parsed.success) return fail({ year: parsed.error.issues[0]!.message });
  const plan = await proposeHolidayYear(parsed.data);
  return runInTransaction((tx) => writePrefill(tx, actor, parsed.data, plan));
}

/**
 * At start-up (lib/boot), as the system: pre-fills each of `years` that has no row at all, so a fresh portal
 * counts Vietnam's holidays from its first dossier. A year already in the table is left to the administrators.
 * Failures are logged, never fatal: the portal still serves, and the page offers the button.
 */
export async function prefillMissingYears(years: readonly number[]): Promise<number[]> {
  const filled: number[] = [];
  for (const year of years) {
    try {
      const db = await getDb();
      const rowsIn = async (q: Db | Tx) => (await q.select({ n: count() }).from(holidays).where(eq(holidays.year, year)))[0]!.n;
      if ((await rowsIn(db)) > 0) continue;
      // The library loads outside the transaction (it takes a moment); the check is repeated inside it.
      const plan = await proposeHolidayYear(year);
      const result = await runInTransaction(async (tx) => {
        // One start-up at a time per year (two servers starting on one database).
        await tx.execute(sql`select pg_advisory_xact_lock(7204, ${year})`);
        if ((await rowsIn(tx)) > 0) return null;
        return writePrefill(tx, SYSTEM_ACTOR, year, plan);
      });
      if (result.ok && result.value) filled.push(year);
    } catch (err) {
      logger.warn({ err, year }, "could not pre-fill the holiday table for this year");
    }
  }
  return filled;
}
