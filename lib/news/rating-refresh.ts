// After a vote, the article's cached page is re-rendered so the count shows, but a burst of votes must not
// re-render it for every vote: at most once per REFRESH_GAP_MS per article. A vote inside the gap marks the
// page as owed, and one timer refreshes every owed page when the gap ends, through the server's signed
// loopback call (revalidatePath only works inside a request).
import "server-only";
import { revalidateArticlePage } from "@/lib/cache";
import { logger } from "@/lib/logger";
import { requestPublicRevalidation } from "@/lib/newsroom/revalidation";

export const REFRESH_GAP_MS = 5_000;

type Refreshers = { now: (slug: string) => void; later: (slugs: string[]) => Promise<void> };

/** The debounce itself, apart from how pages are refreshed (so a test can count the refreshes). */
export function createRatingRefresh(refresh: Refreshers, gapMs = REFRESH_GAP_MS) {
  const last = new Map<string, number>();
  const owed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  async function flush(): Promise<void> {
    timer = null;
    const slugs = [...owed];
    owed.clear();
    if (!slugs.length) return;
    const at = Date.now();
    for (const s of slugs) last.set(s, at);
    try {
      await refresh.later(slugs);
    } catch (err) {
      logger.warn({ err, slugs }, "could not refresh rated articles' pages; they refresh within the hour");
    }
  }

  /** Called inside the vote's request. Returns whether the page was refreshed now (false: owed, soon). */
  return function refreshAfterVote(slug: string, now = Date.now()): boolean {
    const prev = last.get(slug) ?? 0;
    if (now - prev >= gapMs && !owed.has(slug)) {
      last.set(slug, now);
      refresh.now(slug);
      return true;
    }
    owed.add(slug);
    if (!timer) {
      timer = setTimeout(() => void flush(), Math.max(20, gapMs - (now - prev)));
      timer.unref();
    }
    // Keep the map small: forget articles not voted on for a while.
    if (last.size > 5_000) for (const [k, t] of last) if (now - t > 60_000) last.delete(k);
    return false;
  };
}

const g = globalThis as unknown as { __ratingRefresh?: (slug: string) => boolean };

/** The process's one debounce, refreshing through Next (in the request) or the signed loopback call (later). */
export function refreshAfterVote(slug: string): boolean {
  g.__ratingRefresh ??= createRatingRefresh({ now: revalidateArticlePage, later: (articles) => requestPublicRevalidation({ articles }) });
  return g.__ratingRefresh(slug);
}
