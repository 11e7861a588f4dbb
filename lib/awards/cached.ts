// Cached public reads of the awards registry (tag "awards", dropped by revalidatePublicAwards) for the handlers
// rendered per request: /awards.csv (its filters are query parameters) and the sitemap. /awards itself is an
// ISR route. Results pass through JSON, so dates arrive as strings.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, CACHE_TAGS } from "@/lib/cache";
import { listPublicDecisions, listSitemapRecipients } from "./queries";

const opts = { tags: [CACHE_TAGS.awards], revalidate: CACHE_SECONDS };

export const listCachedPublicDecisions = unstable_cache(listPublicDecisions, ["awards-public"], opts);
export const listCachedSitemapRecipients = unstable_cache(listSitemapRecipients, ["awards-sitemap"], opts);
