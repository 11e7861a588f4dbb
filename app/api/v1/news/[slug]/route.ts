// GET /api/v1/news/[slug]: one published article with its body and rating; 404 JSON for a draft or unknown slug.
import { CACHE_TAGS } from "@/lib/cache";
import { notFound, openDataEndpoint } from "@/lib/open-data/http";
import { getOpenArticle } from "@/lib/open-data/news";
import { noQuery, parseQuery } from "@/lib/open-data/params";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint<{ params: Promise<{ slug: string }> }>("news-item", async (req, { params }) => {
  parseQuery(new URL(req.url), noQuery);
  const article = await getOpenArticle((await params).slug);
  if (!article) throw notFound("Không tìm thấy bài viết đã công bố với địa chỉ này.");
  return { payload: { data: article } };
}, { cacheTag: CACHE_TAGS.news });
