// sitemap.xml: public pages, every published article, conference report and procedure, and every public award
// recipient (rendered per request from
// the news and services caches).
import type { MetadataRoute } from "next";
import { listCachedCategories, listCachedSitemapArticles } from "@/lib/news/cached";
import { listCachedSitemapProcedures } from "@/lib/services/cached";
import { listCachedSitemapRecipients } from "@/lib/awards/cached";
import { listCachedSitemapConferences } from "@/lib/conferences/cached";
import { siteUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [articles, cats, procedures, conferences, recipients] = await Promise.all([
    listCachedSitemapArticles(),
    listCachedCategories(),
    listCachedSitemapProcedures(),
    listCachedSitemapConferences(),
    listCachedSitemapRecipients(),
  ]);
  return [
    { url: `${base}/`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/news`, changeFrequency: "daily", priority: 0.8 },
    ...cats.map((c) => ({ url: `${base}/news?category=${c.slug}`, changeFrequency: "daily" as const, priority: 0.6 })),
    ...articles.map((a) => ({ url: `${base}/news/${a.slug}`, lastModified: new Date(a.updatedAt), priority: 0.7 })),
    { url: `${base}/conferences`, changeFrequency: "weekly", priority: 0.7 },
    ...conferences.map((c) => ({ url: `${base}/conferences/${c.slug}`, lastModified: new Date(c.updatedAt), priority: 0.7 })),
    { url: `${base}/services`, changeFrequency: "weekly", priority: 0.8 },
    ...procedures.map((p) => ({ url: `${base}/services/${encodeURIComponent(p.code)}`, lastModified: new Date(p.updatedAt), priority: 0.6 })),
    { url: `${base}/awards`, changeFrequency: "monthly", priority: 0.6 },
    ...recipients.map((r) => ({ url: `${base}/awards/recipients/${r.id}`, lastModified: new Date(r.updatedAt), priority: 0.4 })),
  ];
}
