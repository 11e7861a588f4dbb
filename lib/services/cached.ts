// Cached public catalogue reads for the sitemap, which is rendered per request (tag "services", dropped by
// revalidatePublicServices). Results pass through JSON, so dates arrive as strings.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, CACHE_TAGS } from "@/lib/cache";
import { listSitemapProcedures } from "./queries";

export const listCachedSitemapProcedures = unstable_cache(listSitemapProcedures, ["sitemap-procedures"], { tags: [CACHE_TAGS.services], revalidate: CACHE_SECONDS });
