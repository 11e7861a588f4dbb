// Small factories for rows tests need, written through the real schema.
import type { Db } from "@/db/client";
import { articles, categories } from "@/db/schema";
import { htmlToText } from "@/lib/content/sanitize";
import { slugify } from "@/lib/text/slug";

export async function makeCategory(db: Db, name = "Tin thử nghiệm") {
  const [c] = await db.insert(categories).values({ slug: slugify(name), name }).returning();
  return c;
}

export async function makeArticle(
  db: Db,
  over: Partial<typeof articles.$inferInsert> & { title: string; categoryId: number },
) {
  const bodyHtml = over.bodyHtml ?? `<p>${over.title}</p>`;
  const [a] = await db
    .insert(articles)
    .values({
      slug: slugify(over.title),
      status: "published",
      publishedAt: new Date(Date.now() - 60_000),
      ...over,
      bodyHtml,
      bodyText: htmlToText(bodyHtml),
    })
    .returning();
  return a;
}
