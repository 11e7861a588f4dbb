// How public pages are cached, and the calls that invalidate them.
// Home, news lists, articles, feeds, the services catalogue and procedure pages are ISR routes: rendered on first request, then served from Next's
// full-route cache until revalidated here (or after REVALIDATE_SECONDS as a safety net). The sitemap and
// header/footer settings use the data cache (tags below).
import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { purgeProxyCache } from "@/lib/http/proxy-purge";

export const CACHE_TAGS = { news: "news", settings: "settings", services: "services", awards: "awards", statistics: "statistics" } as const;
export const CACHE_SECONDS = 300;

/** A reader's vote changed one article's rating: re-render that article only. */
export function revalidateArticlePage(slug: string): void {
  revalidatePath(`/news/${slug}`);
  purgeProxyCache(`/news/${slug}`);
}

/** Something citizens see changed (publish, unpublish, edit): drop every cached public page and list. */
export function revalidatePublicNews(): void {
  revalidateTag(CACHE_TAGS.news, { expire: 0 });
  revalidatePath("/", "layout");
  purgeProxyCache("/");
}

/** Department name or contacts changed: every page's header and footer. */
export function revalidateSettings(): void {
  revalidateTag(CACHE_TAGS.settings, { expire: 0 });
  revalidatePath("/", "layout");
  purgeProxyCache("/");
}

/**
 * The services catalogue changed (a procedure saved, hidden or shown, a form file, a field or agency, an
 * import): the catalogue's lists, procedure pages, the home block and the sitemap.
 */
export function revalidatePublicServices(): void {
  revalidateTag(CACHE_TAGS.services, { expire: 0 });
  revalidatePath("/", "layout");
  purgeProxyCache("/");
}

/**
 * A dossier was received, moved or rated: the public statistics (/statistics, cached per field and month
 * behind a rewrite) show it at the next visit. Only that route, never the rest of the site.
 */
export function revalidateStatistics(): void {
  revalidateTag(CACHE_TAGS.statistics, { expire: 0 });
  revalidatePath("/statistics/view", "layout");
  purgeProxyCache("/statistics");
}

/** The awards registry changed (a decision published or revoked): /awards, its CSV, recipient pages, the sitemap. */
export function revalidatePublicAwards(): void {
  revalidateTag(CACHE_TAGS.awards, { expire: 0 });
  revalidatePath("/", "layout");
  purgeProxyCache("/");
}
