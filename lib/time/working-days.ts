// The working-day clock of dossier deadlines (SPEC part 3, "Deadlines"): which days count, when a dossier's
// count starts, its due instant, what a supplement pause gives back, and whether a result came early, on time
// or late. Pure: the calendar (days off, make-up working days) comes from the holiday table (lib/holidays).
//
// The convention, once:
// - A working day is Monday to Friday unless it is a day off, or any day the calendar lists as a make-up
//   working day (a Saturday declared "làm bù").
// - Office hours end at 17:00 in Vietnam. A dossier received on a working day before 17:00 counts from that
//   day; received at or after 17:00, or on a day that is not a working day, it counts from the next working day.
//   That day is the counting start: day 0.
// - Due instant = 17:00 of the working day that is `processingDays` working days after day 0 (0 days: 17:00
//   of day 0 itself).
//   Worked example: received Thursday 05/03/2026 at 16:30, 3 working days. Day 0 is Thursday 05/03; day 1 is
//   Friday 06/03, day 2 Monday 09/03, day 3 Tuesday 10/03: due Tuesday 10/03/2026 at 17:00. Received at 17:05
//   instead, day 0 is Friday 06/03 and the due instant is Wednesday 11/03/2026 at 17:00.
// - A supplement pause: the working days left when the clock paused (after the counting day of the pause
//   instant, up to the due day) are counted again from the counting day of the resumption. Paused and resumed
//   on the same counting day, the due instant does not move; a dossier already late when paused stays late by
//   the same number of working days.
import { DAY_MS, vietnamInstant, vietnamIsoDate, vietnamParts } from "./index";

/** Office hours end at 17:00 (Vietnam): receipts from then count from the next working day; dues fall then. */
export const OFFICE_CLOSES_HOUR = 17;

/** Days off (holidays, compensatory days) and make-up working days, as ISO dates ("2026-02-17") in Vietnam. */
export type WorkingCalendar = {
  readonly daysOff: ReadonlySet<string>;
  readonly workingDays: ReadonlySet<string>;
};

export const EMPTY_CALENDAR: WorkingCalendar = { daysOff: new Set(), workingDays: new Set() };

export function makeCalendar(daysOff: Iterable<string> = [], workingDays: Iterable<string> = []): WorkingCalendar {
  return { daysOff: new Set(daysOff), workingDays: new Set(workingDays) };
}

export type Timeliness = "early" | "on_time" | "late";

// A calendar that lists no working day for this long is wrong (no holiday lasts two months): stop, don't spin.
const MAX_NON_WORKING_RUN = 62;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIso(iso: string): { y: number; m: number; d: number } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** Day of the week of an ISO date, 0 = Sunday (the date itself, no time zone involved). */
export function weekdayOf(iso: string): number {
  const { y, m, d } = parseIso(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The ISO date `n` calendar days after (or before, n < 0) `iso`. */
export function addCalendarDays(iso: string, n: number): string {
  const { y, m, d } = parseIso(iso);
  return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(isoDate: string, cal: WorkingCalendar): boolean {
  if (cal.workingDays.has(isoDate)) return true;
  if (cal.daysOff.has(isoDate)) return false;
  const wd = weekdayOf(isoDate);
  return wd !== 0 && wd !== 6;
}

/** The first working day strictly after (step 1) or before (step -1) `iso`. */
function nextWorkingDay(iso: string, cal: WorkingCalendar, step: 1 | -1 = 1): string {
  let day = iso;
  for (let i = 0; i < MAX_NON_WORKING_RUN; i++) {
    day = addCalendarDays(day, step);
    if (isWorkingDay(day, cal)) return day;
  }
  throw new RangeError(`no working day within ${MAX_NON_WORKING_RUN} days of ${iso}: the holiday table is wrong`);
}

/** The working day `n` working days after (n < 0: before) the day `iso`; n = 0 is `iso` itself. */
export function addWorkingDays(iso: string, n: number, cal: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
  let day = iso;
  for (let i = 0; i < Math.abs(n); i++) day = nextWorkingDay(day, cal, n > 0 ? 1 : -1);
  return day;
}

/** Working days in (from, to] when from <= to, or minus those in (to, from] otherwise. */
function signedWorkingDaysBetween(from: string, to: string, cal: WorkingCalendar): number {
  if (from === to) return 0;
  const [lo, hi, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let n = 0;
  for (let day = addCalendarDays(lo, 1); day <= hi; day = addCalendarDays(day, 1)) if (isWorkingDay(day, cal)) n++;
  return sign * n;
}

/** 17:00 in Vietnam on the ISO date. */
export function closingInstant(isoDate: string): Date {
  const { y, m, d } = parseIso(isoDate);
  return vietnamInstant(y, m, d, OFFICE_CLOSES_HOUR)!;
}

/**
 * Day 0 of a count that starts at `at`: its own day when that is a working day and `at` is before 17:00
 * (Vietnam), else the next working day.
 */
export function countingStartDay(at: Date, cal: WorkingCalendar): string {
  const day = vietnamIsoDate(at);
  if (isWorkingDay(day, cal) && vietnamParts(at).hour < OFFICE_CLOSES_HOUR) return day;
  return nextWorkingDay(day, cal);
}

function assertDays(processingDays: number): void {
  if (!Number.isInteger(processingDays) || processingDays < 0) throw new RangeError(`processing days must be a whole number >= 0: ${processingDays}`);
}

/** The due instant: 17:00 (Vietnam) of the day `processingDays` working days after the counting start. */
export function dueDate(receivedAt: Date, processingDays: number, cal: WorkingCalendar): Date {
  assertDays(processingDays);
  return closingInstant(addWorkingDays(countingStartDay(receivedAt, cal), processingDays, cal));
}

/**
 * The working days left at `at` before `due`: those after the counting day of `at`, up to and including the
 * due day (0: due on that counting day). Negative once late: minus the working days from the due day to the
 * counting day of `at`. This is what a restart from `at` gets (resumedDueDate).
 */
export function workingDaysLeft(at: Date, due: Date, cal: WorkingCalendar): number {
  return signedWorkingDaysBetween(countingStartDay(at, cal), vietnamIsoDate(due), cal);
}

/**
 * The due instant after a supplement pause from `pausedAt` to `resumedAt`: the working days left when the
 * clock paused, counted again from the counting day of the resumption (the same after-17:00 rule). Time
 * waiting for the applicant does not count; lateness at the pause is kept.
 */
export function resumedDueDate(dueBefore: Date, pausedAt: Date, resumedAt: Date, cal: WorkingCalendar): Date {
  if (resumedAt.getTime() < pausedAt.getTime()) throw new RangeError("resumed before it was paused");
  const left = workingDaysLeft(pausedAt, dueBefore, cal);
  return closingInstant(addWorkingDays(countingStartDay(resumedAt, cal), left, cal));
}

/**
 * How a result compares with its due instant: "early" when it came on a day before the due day, "on_time" on
 * the due day by the due instant, "late" after it (SPEC: statistics compare the result date with the due date).
 */
export function timeliness(resultAt: Date, due: Date): Timeliness {
  if (resultAt.getTime() > due.getTime()) return "late";
  return vietnamIsoDate(resultAt) < vietnamIsoDate(due) ? "early" : "on_time";
}

/** Past its due instant (a result exactly at 17:00 is still on time). A paused dossier's caller decides. */
export function isOverdue(now: Date, due: Date): boolean {
  return now.getTime() > due.getTime();
}
