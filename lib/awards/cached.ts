// Cached public reads of the awards registry (tag "awards", dropped by revalidatePublicAwards): /awards and
// /awards.csv are rendered per request (their filters are query parameters) but read the data cache.
// Results pass through JSON, so dates arrive as strings.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, CACHE_TAGS } from "@/lib/cache";
import { listAwardFacets, listPublicDecisions, listSitemapRecipients } from "./queries";

const opts = { tags: [CACHE_TAGS.awards], revalidate: CACHE_SECONDS };

export const listCachedPublicDecisions = unstable_cache(listPublicDecisions, ["awards-public"], opts);
export const listCachedAwardFacets = unstable_cache(listAwardFacets, ["awards-facets"], opts);
export const listCachedSitemapRecipients = unstable_cache(listSitemapRecipients, ["awards-sitemap"], opts);
