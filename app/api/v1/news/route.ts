// GET /api/v1/news: published articles, newest first, by cursor (?limit= ?cursor= ?category=). lib/open-data.
import { CACHE_TAGS } from "@/lib/cache";
import { openDataEndpoint } from "@/lib/open-data/http";
import { listOpenNews, NEWS_LIST, newsKeyOf, newsQuery, serialiseNewsItem } from "@/lib/open-data/news";
import { pageOf } from "@/lib/open-data/page";
import { parseQuery } from "@/lib/open-data/params";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = openDataEndpoint("news", async (req) => {
  const q = parseQuery(new URL(req.url), newsQuery);
  return pageOf(req, NEWS_LIST, await listOpenNews(q), q.limit, newsKeyOf, serialiseNewsItem);
}, { cacheTag: CACHE_TAGS.news });
