// Cached public news reads for the sitemap, which is rendered per request. Results pass through JSON, so
// dates arrive as strings: formatters accept both.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, CACHE_TAGS } from "@/lib/cache";
import { listCategories, listSitemapArticles } from "./queries";

const opts = { tags: [CACHE_TAGS.news], revalidate: CACHE_SECONDS };

export const listCachedCategories = unstable_cache(listCategories, ["categories"], opts);
export const listCachedSitemapArticles = unstable_cache(listSitemapArticles, ["sitemap-articles"], opts);
