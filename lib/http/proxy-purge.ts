// Tells the shipped reverse proxy (deploy/nginx) to drop its cached copies when public content changes, so a
// publish shows through the cache at once rather than after its 1-second micro-cache. PROXY_PURGE_URL names the
// proxy's purge location (e.g. http://127.0.0.1:8080/purge); unset (no proxy), nothing is sent. A proxy that
// does not answer never holds up the change: the purge is fire-and-forget with a short timeout.
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

// A proxy that is down would log on every change: once a minute is enough to notice.
let lastWarned = 0;

/** Purges every cached page whose path starts with `prefix` ("/" for all). */
export function purgeProxyCache(prefix = "/"): void {
  const base = env.PROXY_PURGE_URL;
  if (!base) return;
  const url = `${base.replace(/\/$/, "")}${prefix}*`;
  void fetch(url, { method: "PURGE", signal: AbortSignal.timeout(1000) })
    .then((r) => void r.arrayBuffer())
    .catch((err: unknown) => {
      if (Date.now() - lastWarned < 60_000) return;
      lastWarned = Date.now();
      logger.warn({ url, err: err instanceof Error ? err.message : String(err) }, "proxy purge failed (further failures this minute are not logged)");
    });
}
