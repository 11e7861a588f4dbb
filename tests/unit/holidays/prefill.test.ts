// The pre-fill's proposal on real years (2025–2027): what date-holidays 3.37 gives for Vietnam, and what the
// Labour Code rules add (Tết's five days, Quốc khánh's second day, compensatory days for weekend holidays).
import { describe, expect, it } from "vitest";
import { libraryHolidays, planHolidayYear, proposeHolidayYear, quocKhanhSecondDay } from "@/lib/holidays/prefill";
import { dueDate, makeCalendar } from "@/lib/time/working-days";
import { vietnamIsoDate } from "@/lib/time";

const dates = (days: { date: string }[]) => days.map((d) => d.date);

describe("date-holidays 3.37 for Vietnam", () => {
  it("gives 2026's public holidays; Tết as giao thừa (an entry spanning five days) and mùng 1, Quốc khánh one day", async () => {
    const lib = await libraryHolidays(2026);
    expect(lib.map((h) => [h.date.slice(0, 10), h.name])).toEqual([
      ["2026-01-01", "Tết Dương lịch"],
      ["2026-02-16", "Giao thừa Tết Nguyên Đán"],
      ["2026-02-17", "Tết Nguyên Đán"],
      ["2026-04-26", "Giỗ tổ Hùng Vương"],
      ["2026-04-30", "Ngày Giải phóng miền Nam"],
      ["2026-05-01", "Quốc tế Lao động"],
      ["2026-09-02", "Quốc khánh"],
    ]);
    const giaoThua = lib[1]!;
    // The entry's own span: from 16/02 00:00 to 21/02 00:00 in Vietnam (end exclusive), i.e. 16–20/02.
    expect(vietnamIsoDate(giaoThua.start)).toBe("2026-02-16");
    expect(vietnamIsoDate(new Date(giaoThua.end.getTime() - 1))).toBe("2026-02-20");
  });

  it("leaves out observances (08/03, 20/11…)", async () => {
    const lib = await libraryHolidays(2026);
    expect(lib.every((h) => h.type === "public")).toBe(true);
    expect(lib.map((h) => h.date.slice(5, 10))).not.toContain("03-08");
  });
});

describe("the pre-fill's proposal", () => {
  it("2026: Tết 16–20/02, nghỉ bù for Giỗ tổ on Sunday 26/04, Quốc khánh 02/09 and 03/09", async () => {
    const plan = await proposeHolidayYear(2026);
    expect(plan.map((d) => [d.date, d.source])).toEqual([
      ["2026-01-01", "library"],
      ["2026-02-16", "library"],
      ["2026-02-17", "library"],
      ["2026-02-18", "library"],
      ["2026-02-19", "library"],
      ["2026-02-20", "library"],
      ["2026-04-26", "library"],
      ["2026-04-27", "rule"],
      ["2026-04-30", "library"],
      ["2026-05-01", "library"],
      ["2026-09-02", "library"],
      ["2026-09-03", "rule"],
    ]);
    expect(plan.find((d) => d.date === "2026-04-27")?.name).toBe("Nghỉ bù Giỗ tổ Hùng Vương");
    expect(plan.find((d) => d.date === "2026-02-17")?.name).toBe("Tết Nguyên đán (mùng 1)");
  });

  it("2025: Tết 28/01–01/02 with nghỉ bù on Monday 03/02 for Saturday 01/02; Quốc khánh Monday 01/09 and 02/09", async () => {
    expect(dates(await proposeHolidayYear(2025))).toEqual([
      "2025-01-01",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
      "2025-02-03",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-09-01",
      "2025-09-02",
    ]);
  });

  it("2027: Tết over a weekend gives two nghỉ bù days (10 and 11/02); 01/05 on a Saturday gives Monday 03/05", async () => {
    const plan = await proposeHolidayYear(2027);
    expect(dates(plan)).toEqual([
      "2027-01-01",
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-02-11",
      "2027-04-16",
      "2027-04-30",
      "2027-05-01",
      "2027-05-03",
      "2027-09-02",
      "2027-09-03",
    ]);
    expect(plan.filter((d) => d.source === "rule").map((d) => d.name)).toEqual([
      "Nghỉ bù Tết Nguyên đán (mùng 1)",
      "Nghỉ bù Tết Nguyên đán (mùng 2)",
      "Nghỉ bù Quốc tế Lao động",
      "Quốc khánh (ngày liền kề)",
    ]);
  });

  it("completes Tết to five days and Quốc khánh to two by rule when the library gives less", () => {
    const at = (d: string) => new Date(`${d}T00:00:00+07:00`);
    const twoDays = [
      { date: "2026-02-16 00:00:00", start: at("2026-02-16"), end: at("2026-02-17"), name: "Giao thừa Tết Nguyên Đán", type: "public" },
      { date: "2026-02-17 00:00:00", start: at("2026-02-17"), end: at("2026-02-18"), name: "Tết Nguyên Đán", type: "public", rule: "vietnamese 1-0-1" },
    ];
    expect(planHolidayYear(2026, twoDays).map((d) => [d.date, d.source])).toEqual([
      ["2026-02-16", "library"],
      ["2026-02-17", "library"],
      ["2026-02-18", "rule"],
      ["2026-02-19", "rule"],
      ["2026-02-20", "rule"],
      ["2026-09-02", "rule"],
      ["2026-09-03", "rule"],
    ]);
  });

  it("picks Quốc khánh's second day next to a weekend", () => {
    expect(quocKhanhSecondDay(2024)).toBe("2024-09-03"); // Monday 02/09: Tuesday
    expect(quocKhanhSecondDay(2025)).toBe("2025-09-01"); // Tuesday 02/09: Monday
    expect(quocKhanhSecondDay(2026)).toBe("2026-09-03"); // Wednesday: the day after
    expect(quocKhanhSecondDay(2027)).toBe("2027-09-03"); // Thursday: Friday
    expect(quocKhanhSecondDay(2022)).toBe("2022-09-01"); // Friday: Thursday
    expect(quocKhanhSecondDay(2023)).toBe("2023-09-01"); // Saturday: Friday
  });

  it("on the pre-filled 2026 calendar, a dossier received before Tết jumps the whole holiday", async () => {
    const cal = makeCalendar(dates(await proposeHolidayYear(2026)));
    // Friday 13/02 at 10:00 with 3 days: Monday 23, Tuesday 24, Wednesday 25/02.
    expect(dueDate(new Date("2026-02-13T10:00:00+07:00"), 3, cal)).toEqual(new Date("2026-02-25T17:00:00+07:00"));
  });
});
