// Generated articles for load and speed tests (npm run db:generate-load): clearly marked (is_generated, titles
// starting "[Dữ liệu tạo tự động]"), never part of the demo content. Written by one INSERT … SELECT per batch in
// the database (10.000 rows in seconds); slugs are deterministic, so running it again adds only what is missing.
import { count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, categories } from "@/db/schema";
import { GENERATED_PREFIX } from "./procedures";

const BATCH = 2_000;
const TOPICS = ["chuyển đổi số", "bưu chính", "viễn thông", "báo chí", "xuất bản", "an toàn thông tin", "dịch vụ công trực tuyến", "hạ tầng số", "truyền thanh cơ sở", "thông tin đối ngoại"];
const PLACES = ["Vinh", "Cửa Lò", "Thái Hòa", "Hoàng Mai", "Diễn Châu", "Quỳnh Lưu", "Nghĩa Đàn", "Con Cuông", "Kỳ Sơn", "Tương Dương"];

export async function generateArticles(db: Db, total: number, log: (line: string) => void = () => {}) {
  const cats = await db.select({ id: categories.id }).from(categories).orderBy(categories.id);
  if (!cats.length) throw new Error("no category: run the seed first (npm start does)");
  const [{ have }] = await db.select({ have: count() }).from(articles).where(eq(articles.isGenerated, true));
  const catIds = `{${cats.map((c) => c.id).join(",")}}`;
  let inserted = 0;
  for (let from = have + 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    const topics = `{${TOPICS.map((t) => `"${t}"`).join(",")}}`;
    const places = `{${PLACES.map((p) => `"${p}"`).join(",")}}`;
    const rows = await db.execute(sql`
      insert into articles (slug, title, sapo, body_html, body_text, category_id, author, source, status, published_at, is_generated)
      select 'du-lieu-tao-tu-dong-' || i,
             ${GENERATED_PREFIX} || ' Tin số ' || i || ': ' || (${topics}::text[])[1 + i % 10] || ' tại ' || (${places}::text[])[1 + (i / 10) % 10],
             'Bài viết tạo tự động số ' || i || ' để đo tốc độ của cổng thông tin, về ' || (${topics}::text[])[1 + i % 10] || '.',
             '<p>Nội dung tạo tự động số ' || i || '. ' || repeat('Sở Thông tin và Truyền thông triển khai nhiệm vụ ' || (${topics}::text[])[1 + i % 10] || ' trên địa bàn tỉnh. ', 12) || '</p>',
             'Nội dung tạo tự động số ' || i || '. ' || repeat('Sở Thông tin và Truyền thông triển khai nhiệm vụ ' || (${topics}::text[])[1 + i % 10] || ' trên địa bàn tỉnh. ', 12),
             (${catIds}::int[])[1 + i % ${cats.length}],
             'Dữ liệu tạo tự động', '', 'published',
             now() - (i || ' hours')::interval - interval '400 days',
             true
      from generate_series(${from}::int, ${to}::int) as i
      on conflict (slug) do nothing
      returning 1`);
    inserted += (rows as unknown as { length: number }).length ?? 0;
    log(`articles ${to}/${total}`);
  }
  const [{ all }] = await db.select({ all: count() }).from(articles).where(eq(articles.isGenerated, true));
  return { inserted, total: all };
}
