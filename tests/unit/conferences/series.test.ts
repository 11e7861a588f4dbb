// Pure parts of conference reports: numbers as staff type them in Vietnamese, dates, the chart's layout.
import { describe, expect, it } from "vitest";
import { layoutChart, buildSeries } from "@/lib/conferences/series";
import { parseHeldOn, parseVietnameseNumber } from "@/lib/conferences/validation";

describe("parseVietnameseNumber", () => {
  it.each([
    ["4.020", 4020],
    ["1.467", 1467],
    ["12.000", 12000],
    ["175,0", 175],
    ["175,5", 175.5],
    ["1.234,5", 1234.5],
    ["175.5", 175.5],
    ["230", 230],
    [" 3 670 ", 3670],
  ])("%s is %d", (raw, n) => expect(parseVietnameseNumber(raw)).toBe(n));
  it("blank is no value; junk is NaN", () => {
    expect(parseVietnameseNumber("  ")).toBeNull();
    expect(parseVietnameseNumber("abc")).toBeNaN();
    expect(parseVietnameseNumber("4.02.0")).toBeNaN();
  });
});

describe("parseHeldOn", () => {
  it("reads dd/mm/yyyy and yyyy-mm-dd, refuses impossible dates", () => {
    expect(parseHeldOn("02/01/2014")).toBe("2014-01-02");
    expect(parseHeldOn("2014-01-02")).toBe("2014-01-02");
    expect(parseHeldOn("31/02/2014")).toBeNull();
    expect(parseHeldOn("2/1/14")).toBeNull();
  });
});

describe("layoutChart", () => {
  it("draws a target and a result bar per year on a round scale, none for a year without numbers", () => {
    const points = buildSeries([
      { year: 2013, kind: "result", value: 4020, statedSharePercent: 102, note: "", heldOn: "2014-01-02" },
      { year: 2014, kind: "target", value: 4000, statedSharePercent: null, note: "", heldOn: "2014-01-02" },
      { year: 2015, kind: "target", value: null, statedSharePercent: null, note: "Không nêu số", heldOn: "2015-01-02" },
    ]);
    const c = layoutChart(points);
    expect(c.max).toBe(5000);
    expect(c.years.map((y) => y.year)).toEqual([2013, 2014, 2015]);
    expect(c.bars.map((b) => [b.year, b.kind])).toEqual([
      [2013, "result"],
      [2014, "target"],
    ]);
    const [r] = c.bars;
    expect(r!.y + r!.height).toBeCloseTo(c.plot.bottom);
    expect(r!.height / (c.plot.bottom - c.plot.top)).toBeCloseTo(4020 / 5000);
  });
});
