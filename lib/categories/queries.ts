// News category reads for the back office: every category with the number of articles it holds (all
// statuses), so staff see which ones can be deleted. Public pages read categories via lib/news.
import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, categories } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";

export type AdminCategory = { id: number; slug: string; name: string; description: string; sortOrder: number; articleCount: number };

export async function listCategoriesForAdmin(actor: Actor | null): Promise<AdminCategory[]> {
  assertCan(actor, "categories.manage");
  const db = await getDb();
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      sortOrder: categories.sortOrder,
      articleCount: count(articles.id),
    })
    .from(categories)
    .leftJoin(articles, eq(articles.categoryId, categories.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
  return rows.map((r) => ({ ...r, articleCount: Number(r.articleCount) }));
}
