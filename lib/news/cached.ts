// Cached public news reads for pages rendered per request (home, lists, feeds, sitemap). Results pass through
// JSON, so dates arrive as strings: formatters accept both.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, CACHE_TAGS } from "@/lib/cache";
import { getHomeNews, listCategories, listFeedArticles, listPublishedArticles, listSitemapArticles } from "./queries";

const opts = { tags: [CACHE_TAGS.news], revalidate: CACHE_SECONDS };

export const getCachedHomeNews = unstable_cache(getHomeNews, ["home-news"], opts);
export const listCachedCategories = unstable_cache(listCategories, ["categories"], opts);
export const listCachedArticles = unstable_cache(listPublishedArticles, ["article-list"], opts);
export const listCachedFeedArticles = unstable_cache(listFeedArticles, ["feed-articles"], opts);
export const listCachedSitemapArticles = unstable_cache(listSitemapArticles, ["sitemap-articles"], opts);
