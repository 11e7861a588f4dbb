// sitemap.xml: public pages and every published article (rendered per request from the news cache).
import type { MetadataRoute } from "next";
import { listCachedCategories, listCachedSitemapArticles } from "@/lib/news/cached";
import { siteUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [articles, cats] = await Promise.all([listCachedSitemapArticles(), listCachedCategories()]);
  return [
    { url: `${base}/`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/news`, changeFrequency: "daily", priority: 0.8 },
    ...cats.map((c) => ({ url: `${base}/news?category=${c.slug}`, changeFrequency: "daily" as const, priority: 0.6 })),
    ...articles.map((a) => ({ url: `${base}/news/${a.slug}`, lastModified: new Date(a.updatedAt), priority: 0.7 })),
  ];
}
