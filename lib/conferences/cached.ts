// Cached public reads of conference reports for the sitemap (rendered per request); dropped with the news
// cache when a report is published, changed or taken down (revalidatePublicNews).
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, CACHE_TAGS } from "@/lib/cache";
import { listSitemapConferences } from "./queries";

export const listCachedSitemapConferences = unstable_cache(listSitemapConferences, ["sitemap-conferences"], { tags: [CACHE_TAGS.news], revalidate: CACHE_SECONDS });
