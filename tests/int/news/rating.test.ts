// Ratings: one vote per visitor per article, stars 1–5 only, and the per-address rate limit.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import { rateArticle } from "@/lib/news/mutations";
import { getRatingStats } from "@/lib/news/queries";
import { ratingInput } from "@/lib/news/validation";
import { hitRateLimit } from "@/lib/rate-limit";
import { articleRatings, rateLimits } from "@/db/schema";
import { eq, sql } from "drizzle-orm";

const t = useTestDb();

describe("rateArticle", () => {
  it("counts a first vote and refuses a second from the same visitor", async () => {
    const c = await makeCategory(t.db);
    const a = await makeArticle(t.db, { title: "Bài để đánh giá", categoryId: c.id });
    expect(await rateArticle({ slug: a.slug, stars: 4, visitorKey: "v1" })).toEqual({ ok: true });
    expect(await rateArticle({ slug: a.slug, stars: 5, visitorKey: "v1" })).toEqual({ ok: false, reason: "duplicate" });
    expect(await rateArticle({ slug: a.slug, stars: 2, visitorKey: "v2" })).toEqual({ ok: true });
    expect(await getRatingStats(a.id)).toEqual({ count: 2, average: 3 });
  });

  it("refuses votes on drafts and unknown articles", async () => {
    const c = await makeCategory(t.db);
    const d = await makeArticle(t.db, { title: "Bản nháp", categoryId: c.id, status: "draft" });
    expect(await rateArticle({ slug: d.slug, stars: 3, visitorKey: "v" })).toEqual({ ok: false, reason: "not_found" });
    expect(await rateArticle({ slug: "khong-co", stars: 3, visitorKey: "v" })).toEqual({ ok: false, reason: "not_found" });
  });

  it.each([0, 6, -1, 2.5, "abc", ""])("refuses stars = %s with a Vietnamese message", (stars) => {
    const r = ratingInput.safeParse({ stars });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/sao/);
  });

  it("has a database constraint as the last line: stars outside 1–5 cannot be stored", async () => {
    const c = await makeCategory(t.db);
    const a = await makeArticle(t.db, { title: "Ràng buộc", categoryId: c.id });
    await expect(t.db.insert(articleRatings).values({ articleId: a.id, visitorKey: "x", stars: 6 })).rejects.toThrow();
    const rows = await t.db.select().from(articleRatings).where(eq(articleRatings.articleId, a.id));
    expect(rows).toHaveLength(0);
  });
});

describe("hitRateLimit", () => {
  it("allows up to the limit, refuses after, and resets when the window has passed", async () => {
    for (let i = 1; i <= 3; i++) expect((await hitRateLimit("k", 3, 60)).allowed).toBe(true);
    const refused = await hitRateLimit("k", 3, 60);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await hitRateLimit("other", 3, 60)).allowed).toBe(true);
    // Move the window into the past, as if a minute had gone by.
    await t.db.update(rateLimits).set({ windowStart: sql`now() - interval '61 seconds'` }).where(eq(rateLimits.key, "k"));
    expect(await hitRateLimit("k", 3, 60)).toMatchObject({ allowed: true, count: 1 });
  });
});
