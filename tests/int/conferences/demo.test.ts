// The reference conference in the demo content: its 2013 results and 2014 targets as the article gives them,
// the revenue's stated 102 % with no invented plan value, the reference article linking to it, and a second
// run adding nothing.
import { describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { useTestDb } from "../../helpers/db";
import { articles, conferences } from "@/db/schema";
import { DEMO_CONFERENCE_SLUG, REFERENCE_SLUG, seedDemoConference, seedDemoContent } from "@/db/seed";
import { getPublishedConference } from "@/lib/conferences/queries";
import { getPublishedArticle, searchArticles } from "@/lib/news/queries";

const t = useTestDb();

describe("demo conference", () => {
  it("holds the reference conference's figures and the reference article links to it", async () => {
    await seedDemoContent(t.db);
    await seedDemoConference(t.db);
    expect((await seedDemoConference(t.db)).inserted).toBe(0);
    expect((await t.db.select({ n: count() }).from(conferences))[0]!.n).toBe(1);

    const c = await getPublishedConference(DEMO_CONFERENCE_SLUG);
    expect(c).toMatchObject({ title: "Hội nghị triển khai nhiệm vụ công tác năm 2014", heldOn: "2014-01-02", timeOfDay: "Sáng" });
    expect(c!.chairs).toContain("Hồ Quang Thành");
    expect(c!.attendees).toContain("Huỳnh Thanh Điền");
    expect(c!.photos).toHaveLength(3);
    const revenue = c!.series.find((s) => s.indicator.code === "doanh-thu-bcvt-cntt")!;
    expect(revenue.points).toEqual([
      { year: 2013, target: null, result: { value: 4020, note: "Đạt 102% kế hoạch đề ra năm 2013" }, share: { percent: 102, basis: "stated" } },
      { year: 2014, target: { value: 4000, note: "Phấn đấu trên 4.000 tỷ đồng" }, result: null, share: null },
    ]);
    const values = Object.fromEntries(c!.rows.map((r) => [`${r.code}/${r.year}/${r.kind}`, r.value]));
    expect(values).toMatchObject({
      "hoi-nghi-truc-tuyen/2013/result": 11,
      "dvc-muc-1-2/2013/result": 1467,
      "tram-bts/2013/result": 3670,
      "nop-ngan-sach/2013/result": 230,
      "mat-do-thue-bao-dien-thoai/2014/target": 175,
      "ubnd-huyen-cntt-mot-cua/2014/target": 80,
    });

    const ref = await getPublishedArticle(REFERENCE_SLUG);
    expect(ref!.bodyHtml).toContain(`href="/conferences/${DEMO_CONFERENCE_SLUG}"`);
    const [item] = await t.db.select().from(articles).where(eq(articles.conferenceId, (await t.db.select().from(conferences))[0]!.id));
    expect(item).toMatchObject({ status: "published", linkPath: `/conferences/${DEMO_CONFERENCE_SLUG}` });
  });

  it("search finds the report, after the article written about the same conference", async () => {
    await seedDemoContent(t.db);
    await seedDemoConference(t.db);
    const found = await searchArticles("trien khai nhiem vu", { page: 1 });
    expect(found.items.slice(0, 2).map((i) => i.linkPath ?? i.slug)).toEqual([REFERENCE_SLUG, `/conferences/${DEMO_CONFERENCE_SLUG}`]);
  });
});
