// The working-day clock on real dates: weekends, Tết 2026, receipts after 17:00 and on a Sunday, a
// supplement pause, a make-up Saturday, the 0-day case and how a result is judged. Instants are written with
// their Vietnam offset (+07:00), so each case reads as the office sees it, whatever the machine's time zone.
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  countingStartDay,
  dueDate,
  EMPTY_CALENDAR,
  isOverdue,
  isWorkingDay,
  makeCalendar,
  resumedDueDate,
  timeliness,
  workingDaysLeft,
} from "@/lib/time/working-days";

const vn = (local: string) => new Date(`${local}+07:00`);
const at17 = (isoDate: string) => vn(`${isoDate}T17:00:00`);

// Tết Bính Ngọ: mùng 1 is Tuesday 17/02/2026; the pre-fill (library + Labour Code rule) gives the last day
// of the lunar year and mùng 1–4: Monday 16/02 to Friday 20/02 (tests/unit/holidays/prefill.test.ts).
const TET_2026 = makeCalendar(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]);

describe("isWorkingDay", () => {
  it("counts Monday to Friday, not weekends, not days off; a make-up Saturday counts", () => {
    expect(isWorkingDay("2026-03-02", EMPTY_CALENDAR)).toBe(true); // Monday
    expect(isWorkingDay("2026-03-06", EMPTY_CALENDAR)).toBe(true); // Friday
    expect(isWorkingDay("2026-03-07", EMPTY_CALENDAR)).toBe(false); // Saturday
    expect(isWorkingDay("2026-03-08", EMPTY_CALENDAR)).toBe(false); // Sunday
    expect(isWorkingDay("2026-02-17", TET_2026)).toBe(false); // Tuesday, mùng 1 Tết
    expect(isWorkingDay("2026-02-17", EMPTY_CALENDAR)).toBe(true);
    expect(isWorkingDay("2024-05-04", makeCalendar([], ["2024-05-04"]))).toBe(true); // Saturday, làm bù
  });
});

describe("dueDate", () => {
  it("skips a weekend: received Friday morning, 2 days, due Tuesday 17:00", () => {
    expect(dueDate(vn("2026-03-06T10:00:00"), 2, EMPTY_CALENDAR)).toEqual(at17("2026-03-10"));
  });

  it("follows the worked example in the module: Thursday 16:30 with 3 days is due Tuesday, 17:05 Wednesday", () => {
    expect(dueDate(vn("2026-03-05T16:30:00"), 3, EMPTY_CALENDAR)).toEqual(at17("2026-03-10"));
    expect(dueDate(vn("2026-03-05T17:05:00"), 3, EMPTY_CALENDAR)).toEqual(at17("2026-03-11"));
  });

  it("jumps the whole of Tết 2026: received Friday 13/02 with 3 days, due Wednesday 25/02", () => {
    const received = vn("2026-02-13T09:00:00");
    // Day 0 Friday 13/02; then Monday 23/02, Tuesday 24/02, Wednesday 25/02 (16–20/02 off, weekends around).
    expect(dueDate(received, 3, TET_2026)).toEqual(at17("2026-02-25"));
    // Without the holidays the same count would end inside Tết.
    expect(dueDate(received, 3, EMPTY_CALENDAR)).toEqual(at17("2026-02-18"));
  });

  it("a dossier received during Tết counts from the first working day after it", () => {
    expect(countingStartDay(vn("2026-02-18T10:00:00"), TET_2026)).toBe("2026-02-23");
    expect(dueDate(vn("2026-02-18T10:00:00"), 1, TET_2026)).toEqual(at17("2026-02-24"));
    // Friday 13/02 after hours: day 0 is Monday 23/02.
    expect(dueDate(vn("2026-02-13T17:30:00"), 1, TET_2026)).toEqual(at17("2026-02-24"));
  });

  it("after 17:00 counts from the next working day; 16:59 still counts the same day", () => {
    expect(dueDate(vn("2026-03-02T16:59:59"), 1, EMPTY_CALENDAR)).toEqual(at17("2026-03-03"));
    expect(dueDate(vn("2026-03-02T17:00:00"), 1, EMPTY_CALENDAR)).toEqual(at17("2026-03-04"));
    expect(dueDate(vn("2026-03-02T23:59:00"), 1, EMPTY_CALENDAR)).toEqual(at17("2026-03-04"));
  });

  it("a dossier received on a Sunday counts from Monday", () => {
    expect(countingStartDay(vn("2026-03-08T09:00:00"), EMPTY_CALENDAR)).toBe("2026-03-09");
    expect(dueDate(vn("2026-03-08T09:00:00"), 2, EMPTY_CALENDAR)).toEqual(at17("2026-03-11"));
  });

  it("the Vietnamese day decides, not UTC: 06:00 on Saturday in Vietnam is still Friday in UTC", () => {
    const saturdayMorning = vn("2026-03-07T06:00:00"); // 2026-03-06T23:00Z, a Friday in UTC
    expect(countingStartDay(saturdayMorning, EMPTY_CALENDAR)).toBe("2026-03-09");
    expect(dueDate(saturdayMorning, 0, EMPTY_CALENDAR)).toEqual(at17("2026-03-09"));
  });

  it("a make-up Saturday is a working day: it is counted, and a dossier received on it counts from it", () => {
    // 2024: Monday 29/04 swapped for Saturday 04/05; 30/04 and 01/05 off.
    const may2024 = makeCalendar(["2024-04-29", "2024-04-30", "2024-05-01"], ["2024-05-04"]);
    // Day 0 Friday 26/04; Thursday 02/05, Friday 03/05, Saturday 04/05.
    expect(dueDate(vn("2024-04-26T10:00:00"), 3, may2024)).toEqual(at17("2024-05-04"));
    expect(dueDate(vn("2024-04-26T10:00:00"), 3, EMPTY_CALENDAR)).toEqual(at17("2024-05-01"));
    expect(countingStartDay(vn("2024-05-04T10:00:00"), may2024)).toBe("2024-05-04");
    expect(countingStartDay(vn("2024-05-04T10:00:00"), EMPTY_CALENDAR)).toBe("2024-05-06");
  });

  it("0 days: due at 17:00 of the counting start itself", () => {
    expect(dueDate(vn("2026-03-03T10:00:00"), 0, EMPTY_CALENDAR)).toEqual(at17("2026-03-03"));
    expect(dueDate(vn("2026-03-03T18:00:00"), 0, EMPTY_CALENDAR)).toEqual(at17("2026-03-04"));
    expect(dueDate(vn("2026-03-07T10:00:00"), 0, EMPTY_CALENDAR)).toEqual(at17("2026-03-09"));
  });

  it("refuses a negative or fractional number of days", () => {
    expect(() => dueDate(vn("2026-03-03T10:00:00"), -1, EMPTY_CALENDAR)).toThrow(RangeError);
    expect(() => dueDate(vn("2026-03-03T10:00:00"), 1.5, EMPTY_CALENDAR)).toThrow(RangeError);
  });

  it("stops on a calendar with no working day for months instead of looping", () => {
    const days = Array.from({ length: 90 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    expect(() => dueDate(vn("2026-01-01T10:00:00"), 1, makeCalendar(days))).toThrow(RangeError);
  });
});

describe("workingDaysLeft", () => {
  const due = at17("2026-03-09"); // Monday

  it("counts the working days after the counting day of `at`, up to the due day", () => {
    expect(workingDaysLeft(vn("2026-03-04T10:00:00"), due, EMPTY_CALENDAR)).toBe(3); // Wed: Thu, Fri, Mon
    expect(workingDaysLeft(vn("2026-03-04T18:00:00"), due, EMPTY_CALENDAR)).toBe(2); // day 0 Thursday
    expect(workingDaysLeft(vn("2026-03-07T10:00:00"), due, EMPTY_CALENDAR)).toBe(0); // Saturday: day 0 Monday
    expect(workingDaysLeft(vn("2026-03-09T16:00:00"), due, EMPTY_CALENDAR)).toBe(0); // due today
  });

  it("is negative once late", () => {
    expect(workingDaysLeft(vn("2026-03-09T17:30:00"), due, EMPTY_CALENDAR)).toBe(-1);
    expect(workingDaysLeft(vn("2026-03-11T09:00:00"), due, EMPTY_CALENDAR)).toBe(-2);
  });

  it("does not count Tết as days left", () => {
    expect(workingDaysLeft(vn("2026-02-13T09:00:00"), at17("2026-02-25"), TET_2026)).toBe(3);
    expect(workingDaysLeft(vn("2026-02-13T09:00:00"), at17("2026-02-25"), EMPTY_CALENDAR)).toBe(8);
  });
});

describe("resumedDueDate (supplement pause)", () => {
  // Received Monday 02/03/2026 09:00 with 5 days: due Monday 09/03 17:00.
  const received = vn("2026-03-02T09:00:00");
  const due = dueDate(received, 5, EMPTY_CALENDAR);

  it("gives back the days spent waiting: paused Wednesday, resumed the next Tuesday, due Friday 13/03", () => {
    expect(due).toEqual(at17("2026-03-09"));
    // Left at the pause: Thursday, Friday, Monday (3). From Tuesday 10/03 as day 0: Wed, Thu, Fri.
    expect(resumedDueDate(due, vn("2026-03-04T10:00:00"), vn("2026-03-10T14:00:00"), EMPTY_CALENDAR)).toEqual(at17("2026-03-13"));
  });

  it("does not move the due date when paused and resumed on the same counting day", () => {
    expect(resumedDueDate(due, vn("2026-03-04T10:00:00"), vn("2026-03-04T15:00:00"), EMPTY_CALENDAR)).toEqual(due);
    // Over a night: paused Wednesday 18:00, resumed Thursday 08:00 (both count from Thursday).
    expect(resumedDueDate(due, vn("2026-03-04T18:00:00"), vn("2026-03-05T08:00:00"), EMPTY_CALENDAR)).toEqual(due);
    // Over a weekend: paused Friday 17:30, resumed Monday 07:45.
    expect(resumedDueDate(dueDate(received, 8, EMPTY_CALENDAR), vn("2026-03-06T17:30:00"), vn("2026-03-09T07:45:00"), EMPTY_CALENDAR)).toEqual(
      dueDate(received, 8, EMPTY_CALENDAR),
    );
  });

  it("applies the after-17:00 rule to the resumption", () => {
    expect(resumedDueDate(due, vn("2026-03-04T10:00:00"), vn("2026-03-10T17:00:00"), EMPTY_CALENDAR)).toEqual(at17("2026-03-16"));
  });

  it("a pause spanning Tết gives back the Tết days as well", () => {
    // Received Tuesday 10/02/2026 with 5 days: Wed 11, Thu 12, Fri 13, Mon 23, Tue 24 → due 24/02.
    const dueTet = dueDate(vn("2026-02-10T09:00:00"), 5, TET_2026);
    expect(dueTet).toEqual(at17("2026-02-24"));
    // Paused Thursday 12/02 at 11:00 (left: Fri 13, Mon 23, Tue 24), resumed Wednesday 25/02 at 09:00.
    expect(resumedDueDate(dueTet, vn("2026-02-12T11:00:00"), vn("2026-02-25T09:00:00"), TET_2026)).toEqual(at17("2026-03-02"));
  });

  it("keeps lateness: late by one working day at the pause, still late by one after it", () => {
    const resumed = resumedDueDate(due, vn("2026-03-10T10:00:00"), vn("2026-03-17T10:00:00"), EMPTY_CALENDAR);
    expect(resumed).toEqual(at17("2026-03-16"));
    expect(isOverdue(vn("2026-03-17T10:00:00"), resumed)).toBe(true);
  });

  it("refuses a resumption before the pause", () => {
    expect(() => resumedDueDate(due, vn("2026-03-04T10:00:00"), vn("2026-03-03T10:00:00"), EMPTY_CALENDAR)).toThrow(RangeError);
  });
});

describe("timeliness and isOverdue", () => {
  const due = at17("2026-03-10"); // Tuesday

  it("early before the due day, on time on it by 17:00, late after", () => {
    expect(timeliness(vn("2026-03-09T16:00:00"), due)).toBe("early");
    expect(timeliness(vn("2026-03-08T10:00:00"), due)).toBe("early"); // a Sunday before the due day
    expect(timeliness(vn("2026-03-10T00:05:00"), due)).toBe("on_time");
    expect(timeliness(vn("2026-03-10T17:00:00"), due)).toBe("on_time");
    expect(timeliness(vn("2026-03-10T17:00:01"), due)).toBe("late");
    expect(timeliness(vn("2026-03-11T08:00:00"), due)).toBe("late");
  });

  it("is overdue only after the due instant", () => {
    expect(isOverdue(vn("2026-03-10T17:00:00"), due)).toBe(false);
    expect(isOverdue(vn("2026-03-10T17:00:01"), due)).toBe(true);
  });
});

describe("addWorkingDays", () => {
  it("walks forwards and backwards over weekends and days off", () => {
    expect(addWorkingDays("2026-02-13", 1, TET_2026)).toBe("2026-02-23");
    expect(addWorkingDays("2026-02-23", -1, TET_2026)).toBe("2026-02-13");
    expect(addWorkingDays("2026-03-06", 0, EMPTY_CALENDAR)).toBe("2026-03-06");
  });
});
