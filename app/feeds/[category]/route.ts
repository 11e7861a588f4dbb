// RSS 2.0 feed (generated with `feed`), served at /feed.xml and /feed.xml?category=slug through rewrites in
// next.config.js. An ISR route handler: generated on first request, cached until news is published.
import { Feed } from "feed";
import { listCategories, listFeedArticles } from "@/lib/news/queries";
import { categoryParam } from "@/lib/news/validation";
import { getCachedSiteSettings } from "@/lib/settings/cached";
import { siteUrl } from "@/lib/env";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export async function GET(_req: Request, { params }: { params: Promise<{ category: string }> }) {
  const raw = (await params).category;
  const slug = raw === "all" ? undefined : categoryParam.parse(raw);
  const cats = await listCategories();
  const cat = slug ? cats.find((c) => c.slug === slug) : undefined;
  if (raw !== "all" && !cat) return new Response("Không tìm thấy chuyên mục.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [s, items] = await Promise.all([getCachedSiteSettings(), listFeedArticles(cat?.slug)]);
  const base = siteUrl();
  const self = cat ? `${base}/feed.xml?category=${cat.slug}` : `${base}/feed.xml`;
  const feed = new Feed({
    title: cat ? `${cat.name} – ${s.departmentName}` : s.departmentName,
    description: cat ? cat.description : `Tin tức của ${s.departmentName}`,
    id: self,
    link: cat ? `${base}/news?category=${cat.slug}` : `${base}/news`,
    language: "vi",
    copyright: `© ${s.departmentName}`,
    updated: items[0] ? new Date(items[0].publishedAt) : new Date(0),
    feedLinks: { rss: self },
  });
  for (const a of items) {
    feed.addItem({
      title: a.isSample ? `${a.title} (bài mẫu)` : a.title,
      id: `${base}${a.linkPath ?? `/news/${a.slug}`}`,
      link: `${base}${a.linkPath ?? `/news/${a.slug}`}`,
      description: a.sapo,
      content: a.bodyHtml.replace(/(src|href)="\//g, `$1="${base}/`),
      date: new Date(a.publishedAt),
      author: a.author ? [{ name: a.author }] : undefined,
      category: [{ name: a.categoryName }],
    });
  }
  return new Response(feed.rss2(), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
