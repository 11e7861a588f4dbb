// What the pre-fill proposes for a year: Vietnam's public holidays from the maintained `date-holidays` package,
// completed by the Labour Code 2019 (art. 112): Tết Nguyên đán 5 days, Quốc khánh 2 days, and a compensatory day
// off (nghỉ bù) on the next working day for a holiday on a weekend. The government's decision each year is what
// counts (it picks Tết's five days and Quốc khánh's second day, and may swap days for a make-up Saturday):
// administrators edit the table when it is published. Pure (no database); the package loads on first use.
import { addCalendarDays, weekdayOf } from "@/lib/time/working-days";
import { vietnamIsoDate } from "@/lib/time";

export type PlannedHoliday = { date: string; name: string; source: "library" | "rule" };

/** One public holiday as date-holidays 3.37 gives it (its `start`/`end` are instants, `end` exclusive). */
export type LibraryHoliday = { date: string; start: Date; end: Date; name: string; type: string; rule?: string };

/** The rule date-holidays uses for mùng 1 Tết (first day of the first lunar month). */
const LUNAR_NEW_YEAR_RULE = "vietnamese 1-0-1";
const QUOC_KHANH = "09-02";

const isWeekend = (iso: string) => {
  const wd = weekdayOf(iso);
  return wd === 0 || wd === 6;
};

/** Vietnam's public holidays of `year` from date-holidays (observances such as 08/03 are not days off). */
export async function libraryHolidays(year: number): Promise<LibraryHoliday[]> {
  const { default: Holidays } = await import("date-holidays");
  const hd = new Holidays("VN", { languages: ["vi"], types: ["public"] });
  return (hd.getHolidays(year, "vi") as LibraryHoliday[]).filter((h) => h.type === "public");
}

/** Every Vietnamese calendar day a library entry covers: some span several (Tết's giao thừa entry is P5D). */
function daysOf(h: LibraryHoliday): string[] {
  const first = vietnamIsoDate(h.start);
  const last = vietnamIsoDate(new Date(h.end.getTime() - 1));
  const days: string[] = [];
  for (let d = first; d <= last; d = addCalendarDays(d, 1)) days.push(d);
  return days;
}

/**
 * Tết's five days by the usual arrangement: the last day of the lunar year and mùng 1 to mùng 4 (Labour Code
 * art. 112(1)(b) gives five days; the Prime Minister fixes which each year).
 */
function tetDays(lunarNewYear: string): PlannedHoliday[] {
  return [
    { date: addCalendarDays(lunarNewYear, -1), name: "Tết Nguyên đán (ngày cuối năm Âm lịch)", source: "rule" },
    { date: lunarNewYear, name: "Tết Nguyên đán (mùng 1)", source: "rule" },
    { date: addCalendarDays(lunarNewYear, 1), name: "Tết Nguyên đán (mùng 2)", source: "rule" },
    { date: addCalendarDays(lunarNewYear, 2), name: "Tết Nguyên đán (mùng 3)", source: "rule" },
    { date: addCalendarDays(lunarNewYear, 3), name: "Tết Nguyên đán (mùng 4)", source: "rule" },
  ];
}

/**
 * Quốc khánh's second day (art. 112(1)(đ): 02/09 and one day right before or after it): the neighbour that
 * is a weekday; when both are, the one next to a weekend (the holiday joins it), else the day after. Recent
 * decisions joined the holiday to a weekend this way (2024: Tuesday 03/09; 2025: Monday 01/09); each year's
 * decision is still to be checked and entered.
 */
export function quocKhanhSecondDay(year: number): string {
  const day = `${year}-${QUOC_KHANH}`;
  const before = addCalendarDays(day, -1);
  const after = addCalendarDays(day, 1);
  if (isWeekend(before)) return after;
  if (isWeekend(after)) return before;
  const nextToWeekend = (d: string) => isWeekend(addCalendarDays(d, -1)) || isWeekend(addCalendarDays(d, 1));
  if (nextToWeekend(before) && !nextToWeekend(after)) return before;
  return after;
}

/**
 * Compensatory days (art. 112(3)): each holiday that falls on a Saturday or Sunday (the weekly rest of public
 * offices) gives a day off on the next working day that is not already a holiday or another compensatory day.
 */
function compensatoryDays(daysOff: readonly PlannedHoliday[]): PlannedHoliday[] {
  const taken = new Set(daysOff.map((d) => d.date));
  const out: PlannedHoliday[] = [];
  for (const h of [...daysOff].sort((a, b) => a.date.localeCompare(b.date))) {
    if (!isWeekend(h.date)) continue;
    let d = addCalendarDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addCalendarDays(d, 1);
    taken.add(d);
    out.push({ date: d, name: `Nghỉ bù ${h.name}`, source: "rule" });
  }
  return out;
}

/**
 * The days off the pre-fill proposes for `year`, sorted by date: the library's days (source "library"; Tết's
 * days take the rule's clearer names) plus what the rules add (source "rule"). Days of other years are dropped.
 */
export function planHolidayYear(year: number, library: readonly LibraryHoliday[]): PlannedHoliday[] {
  const planned = new Map<string, PlannedHoliday>();
  const fromLibrary = new Set<string>();
  for (const h of library) {
    for (const d of daysOf(h)) {
      fromLibrary.add(d);
      if (!planned.has(d)) planned.set(d, { date: d, name: h.name, source: "library" });
    }
  }
  const lunarNewYear = library.find((h) => h.rule === LUNAR_NEW_YEAR_RULE);
  if (lunarNewYear) {
    for (const t of tetDays(vietnamIsoDate(lunarNewYear.start))) planned.set(t.date, { ...t, source: fromLibrary.has(t.date) ? "library" : "rule" });
  }
  const quocKhanh = `${year}-${QUOC_KHANH}`;
  if (!planned.has(quocKhanh)) planned.set(quocKhanh, { date: quocKhanh, name: "Quốc khánh", source: "rule" });
  const second = quocKhanhSecondDay(year);
  if (!planned.has(second)) planned.set(second, { date: second, name: "Quốc khánh (ngày liền kề)", source: "rule" });
  for (const c of compensatoryDays([...planned.values()])) planned.set(c.date, c);
  return [...planned.values()].filter((p) => p.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
}

/** The pre-fill's proposal for `year`, from the library and the rules. */
export async function proposeHolidayYear(year: number): Promise<PlannedHoliday[]> {
  return planHolidayYear(year, await libraryHolidays(year));
}
