// Cached site settings for every public page's header and footer.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, CACHE_TAGS } from "@/lib/cache";
import { getSiteSettings } from "./queries";

export const getCachedSiteSettings = unstable_cache(getSiteSettings, ["site-settings"], {
  tags: [CACHE_TAGS.settings],
  revalidate: CACHE_SECONDS,
});
