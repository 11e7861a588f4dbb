// After a vote, the article's cached page is re-rendered so the count shows, but a burst of votes must not
// re-render it for every vote: at most once per REFRESH_GAP_MS per article. A vote inside the gap marks the
// page as owed, and one timer refreshes every owed page when the gap ends, through the server's signed
// loopback call (revalidatePath only works inside a request).
import "server-only";
import { revalidateArticlePage } from "@/lib/cache";
import { logger } from "@/lib/logger";
import { requestPublicRevalidation } from "@/lib/newsroom/revalidation";

export const REFRESH_GAP_MS = 5_000;

type State = { last: Map<string, number>; owed: Set<string>; timer: NodeJS.Timeout | null };
const g = globalThis as unknown as { __ratingRefresh?: State };
const state = (g.__ratingRefresh ??= { last: new Map(), owed: new Set(), timer: null });

async function flush(): Promise<void> {
  state.timer = null;
  const slugs = [...state.owed];
  state.owed.clear();
  if (!slugs.length) return;
  const now = Date.now();
  for (const s of slugs) state.last.set(s, now);
  try {
    await requestPublicRevalidation({ articles: slugs });
  } catch (err) {
    logger.warn({ err, slugs }, "could not refresh rated articles' pages; they refresh within the hour");
  }
}

/** Called inside the vote's request. Returns whether the page was refreshed now (false: owed, soon). */
export function refreshAfterVote(slug: string, now = Date.now()): boolean {
  const last = state.last.get(slug) ?? 0;
  if (now - last >= REFRESH_GAP_MS && !state.owed.has(slug)) {
    state.last.set(slug, now);
    revalidateArticlePage(slug);
    return true;
  }
  state.owed.add(slug);
  if (!state.timer) {
    state.timer = setTimeout(() => void flush(), Math.max(50, REFRESH_GAP_MS - (now - last)));
    state.timer.unref();
  }
  // Keep the map small: forget articles not voted on for a while.
  if (state.last.size > 5_000) for (const [k, t] of state.last) if (now - t > 60_000) state.last.delete(k);
  return false;
}
