// Targets against results: where a year has a target and a result, the share reached is result / target;
// where the source states only the share (revenue 4.020 tỷ đồng, 102 % of plan) that share is shown and no
// plan value is invented; with neither there is no share. The same indicator across reports is one series.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { makeActor } from "../../helpers/newsroom";
import { conferenceInput, makeIndicator } from "../../helpers/conferences";
import { createConference, publishConferenceEditionWithoutReview } from "@/lib/conferences/mutations";
import { getPublishedConference } from "@/lib/conferences/queries";
import { buildSeries, shareReached } from "@/lib/conferences/series";

const t = useTestDb();
const REASON = { reason: "Đăng số liệu theo báo cáo đã được lãnh đạo duyệt." };

async function publish(over: Parameters<typeof conferenceInput>[0]) {
  const author = await makeActor(t.db, `Biên tập viên ${Math.random().toString(36).slice(2, 6)}`);
  const c = await createConference(author, conferenceInput(over));
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  const p = await publishConferenceEditionWithoutReview(author, c.value.editionId, REASON);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return c.value;
}

describe("share reached", () => {
  it("is result / target × 100 when the year has both, across two reports", async () => {
    const ind = await makeIndicator(t.db, "mat-do-thue-bao", "Mật độ thuê bao điện thoại", "thuê bao/100 dân");
    await publish({ title: "Hội nghị năm 2014", heldOn: "02/01/2014", rows: [{ indicatorId: ind.id, year: 2014, kind: "target", value: "175,0" }] as never });
    const later = await publish({
      title: "Hội nghị năm 2015",
      heldOn: "05/01/2015",
      rows: [{ indicatorId: ind.id, year: 2014, kind: "result", value: "140" }] as never,
    });
    const page = await getPublishedConference(later.slug);
    const series = page!.series.find((s) => s.indicator.code === "mat-do-thue-bao")!;
    expect(series.points).toHaveLength(1);
    expect(series.points[0]).toMatchObject({ year: 2014, target: { value: 175 }, result: { value: 140 }, share: { percent: 80, basis: "computed" } });
  });

  it("shows the stated share and invents no plan value; absent when there is no target", async () => {
    const revenue = await makeIndicator(t.db, "doanh-thu", "Tổng doanh thu", "tỷ đồng");
    const bts = await makeIndicator(t.db, "tram-bts", "Trạm BTS", "trạm");
    const c = await publish({
      rows: [
        { indicatorId: revenue.id, year: 2013, kind: "result", value: "4.020", statedShare: "102" },
        { indicatorId: revenue.id, year: 2014, kind: "target", value: "4.000", note: "Trên 4.000 tỷ đồng" },
        { indicatorId: bts.id, year: 2013, kind: "result", value: "3.670" },
      ] as never,
    });
    const page = await getPublishedConference(c.slug);
    const rev = page!.series.find((s) => s.indicator.code === "doanh-thu")!;
    expect(rev.points).toEqual([
      { year: 2013, target: null, result: { value: 4020, note: "" }, share: { percent: 102, basis: "stated" } },
      { year: 2014, target: { value: 4000, note: "Trên 4.000 tỷ đồng" }, result: null, share: null },
    ]);
    const b = page!.series.find((s) => s.indicator.code === "tram-bts")!;
    expect(b.points[0]).toMatchObject({ year: 2013, target: null, share: null });
  });

  it("a computed share wins over a stated one, and a zero or missing target gives none", () => {
    expect(shareReached({ value: 200 }, { value: 210, statedSharePercent: 99 })).toEqual({ percent: 105, basis: "computed" });
    expect(shareReached({ value: 0 }, { value: 5, statedSharePercent: null })).toBeNull();
    expect(shareReached(null, { value: 5, statedSharePercent: null })).toBeNull();
    expect(shareReached({ value: 5 }, null)).toBeNull();
    const s = buildSeries([
      { year: 2014, kind: "target", value: 100, statedSharePercent: null, note: "", heldOn: "2014-01-02" },
      { year: 2014, kind: "target", value: 120, statedSharePercent: null, note: "", heldOn: "2014-07-01" },
    ]);
    // A later report's figure for the same year and kind wins.
    expect(s[0]!.target!.value).toBe(120);
  });
});
