// The statistics page's totals (app/_components/statistics/table.tsx): sums, averages weighted by what they
// average over, and the on-time rate = (early + on time) / finished, a dash before anything is finished.
import { describe, expect, it } from "vitest";
import { onTimeRate, totalsOf } from "@/app/_components/statistics/table";
import type { MonthStatistics } from "@/lib/dossiers/queries";

const row = (o: Partial<MonthStatistics>): MonthStatistics => ({
  month: "2026-12", fieldId: 1, fieldName: "Báo chí", received: 0, online: 0, finished: 0, early: 0, onTime: 0, late: 0,
  inProgressOnTime: 0, inProgressLate: 0, avgProcessingDays: null, rated: 0, satisfied: 0, avgRating: null, ...o,
});

describe("statistics totals", () => {
  it("sums and weights the averages", () => {
    const t = totalsOf([
      row({ received: 4, online: 4, finished: 3, early: 1, onTime: 1, late: 1, inProgressLate: 1, avgProcessingDays: 2, rated: 1, satisfied: 1, avgRating: 5 }),
      row({ fieldId: 2, received: 2, online: 1, finished: 1, onTime: 1, inProgressOnTime: 1, avgProcessingDays: 6, rated: 3, satisfied: 1, avgRating: 3 }),
    ]);
    expect(t).toMatchObject({ received: 6, online: 5, finished: 4, early: 1, onTime: 2, late: 1, inProgressOnTime: 1, inProgressLate: 1, rated: 4, satisfied: 2 });
    expect(t.avgProcessingDays).toBeCloseTo(3); // (2·3 + 6·1) / 4
    expect(t.avgRating).toBeCloseTo(3.5); // (5·1 + 3·3) / 4
    expect(onTimeRate(t)).toBe("75,0 %");
  });

  it("says nothing rather than 0 % before anything is finished", () => {
    const t = totalsOf([row({ received: 2, inProgressOnTime: 2 })]);
    expect(onTimeRate(t)).toBe("—");
    expect(t.avgProcessingDays).toBeNull();
    expect(totalsOf([]).received).toBe(0);
  });
});
