// Cache tags for public reads. Publishing invalidates "news"; a vote invalidates only its article's page;
// settings changes invalidate "settings". Cached entries also expire on their own as a safety net.
export const CACHE_TAGS = { news: "news", settings: "settings" } as const;
export const CACHE_SECONDS = 300;
