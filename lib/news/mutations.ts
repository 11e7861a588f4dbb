// Writes of the public news section: a reader's rating. One vote per visitor per article, enforced by a
// unique index (so two racing requests cannot both count).
import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleRatings, articles } from "@/db/schema";
import { isPublic } from "./visibility";

export type RateResult = { ok: true } | { ok: false; reason: "not_found" | "duplicate" };

export async function rateArticle(input: { slug: string; stars: number; visitorKey: string }): Promise<RateResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(isPublic(), eq(articles.slug, input.slug)))
      .limit(1);
    if (!article) return { ok: false, reason: "not_found" } as const;
    const inserted = await tx
      .insert(articleRatings)
      .values({ articleId: article.id, visitorKey: input.visitorKey, stars: input.stars })
      .onConflictDoNothing()
      .returning({ id: articleRatings.id });
    return inserted.length ? ({ ok: true } as const) : ({ ok: false, reason: "duplicate" } as const);
  });
}
