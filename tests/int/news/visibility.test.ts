// Drafts, articles in review, unpublished ones and those scheduled for the future never reach citizens:
// not in lists, the home page, search, feeds, the sitemap or the article page.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import {
  getHomeNews,
  getPublishedArticle,
  listFeedArticles,
  listPublishedArticles,
  listRelatedArticles,
  listSitemapArticles,
  searchArticles,
} from "@/lib/news/queries";

const t = useTestDb();

describe("public visibility", () => {
  it("shows only published articles whose time has come", async () => {
    const c = await makeCategory(t.db, "Chuyên mục kiểm thử");
    const visible = await makeArticle(t.db, { title: "Chuyển đổi số công khai", categoryId: c.id });
    const hidden = [
      await makeArticle(t.db, { title: "Chuyển đổi số bản nháp", categoryId: c.id, status: "draft", publishedAt: null }),
      await makeArticle(t.db, { title: "Chuyển đổi số chờ duyệt", categoryId: c.id, status: "in_review" }),
      await makeArticle(t.db, { title: "Chuyển đổi số đã gỡ", categoryId: c.id, status: "unpublished" }),
      await makeArticle(t.db, {
        title: "Chuyển đổi số hẹn giờ",
        categoryId: c.id,
        status: "published",
        publishedAt: new Date(Date.now() + 3600_000),
        featured: true,
      }),
    ];
    const hiddenSlugs = hidden.map((h) => h.slug);
    const slugs = (xs: { slug: string }[]) => xs.map((x) => x.slug);

    expect(slugs((await listPublishedArticles({ page: 1 })).items)).toEqual([visible.slug]);
    expect(slugs((await listPublishedArticles({ page: 1, categorySlug: c.slug })).items)).toEqual([visible.slug]);
    expect(slugs((await searchArticles("chuyen doi so", { page: 1 })).items)).toEqual([visible.slug]);
    expect(slugs(await listFeedArticles())).toEqual([visible.slug]);
    expect(slugs(await listFeedArticles(c.slug))).toEqual([visible.slug]);
    expect(slugs(await listSitemapArticles())).toEqual([visible.slug]);
    const home = await getHomeNews();
    expect(home.featured?.slug).toBe(visible.slug);
    expect(slugs(home.latest)).not.toEqual(expect.arrayContaining(hiddenSlugs));
    expect(await listRelatedArticles({ id: -1, categoryId: c.id })).toHaveLength(1);
    for (const s of hiddenSlugs) expect(await getPublishedArticle(s)).toBeNull();
    expect(await getPublishedArticle(visible.slug)).not.toBeNull();
  });

  it("paginates ten a page and clamps pages past the end", async () => {
    const c = await makeCategory(t.db);
    for (let i = 1; i <= 23; i++) {
      await makeArticle(t.db, { title: `Tin số ${i}`, categoryId: c.id, publishedAt: new Date(Date.UTC(2014, 0, i)) });
    }
    const p1 = await listPublishedArticles({ page: 1 });
    expect(p1).toMatchObject({ total: 23, pageCount: 3, page: 1 });
    expect(p1.items[0].title).toBe("Tin số 23");
    const last = await listPublishedArticles({ page: 99999 });
    expect(last.page).toBe(3);
    expect(last.items).toHaveLength(3);
  });
});
