// Search ignores diacritics and case and ranks the best match first, on the real demo content.
import { describe, expect, it, beforeEach } from "vitest";
import { useTestDb } from "../../helpers/db";
import { seedDemoContent, seedSettings, REFERENCE_SLUG } from "@/db/seed";
import { searchArticles } from "@/lib/news/queries";
import { searchQuery } from "@/lib/news/validation";

const t = useTestDb();
const DANG_KY = "huong-dan-dang-ky-hoat-dong-co-so-in-tren-dia-ban-tinh";

describe("searchArticles", () => {
  beforeEach(async () => {
    await seedSettings(t.db);
    await seedDemoContent(t.db);
  });

  it('ranks the reference article first for "trien khai nhiem vu" (no diacritics)', async () => {
    const r = await searchArticles("trien khai nhiem vu", { page: 1 });
    expect(r.items[0]?.slug).toBe(REFERENCE_SLUG);
  });

  it.each(["ĐĂNG KÝ", "dang ky", "Đăng ký", "DANG KY"])('ranks the registration guide first for "%s"', async (q) => {
    const r = await searchArticles(q, { page: 1 });
    expect(r.total).toBeGreaterThan(0);
    expect(r.items[0]?.slug).toBe(DANG_KY);
  });

  it("finds nothing for nonsense and an empty query", async () => {
    expect((await searchArticles("xyzzyqwerty", { page: 1 })).total).toBe(0);
    expect((await searchArticles("", { page: 1 })).total).toBe(0);
  });

  it("accepts a 10 KB query and operator characters without failing", async () => {
    const long = searchQuery.parse("dang ky ".repeat(1300));
    expect(long.length).toBeLessThanOrEqual(200);
    await expect(searchArticles(long, { page: 1 })).resolves.toBeDefined();
    await expect(searchArticles(searchQuery.parse(`"' & | ! ( ) : * <-> \\`), { page: 1 })).resolves.toBeDefined();
  });

  it("clamps a page past the end to the last page", async () => {
    const r = await searchArticles("nam", { page: 9999, pageSize: 2 });
    expect(r.page).toBe(r.pageCount);
    expect(r.items.length).toBeGreaterThan(0);
  });
});
