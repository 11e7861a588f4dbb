// When public content changes: empties the portal's own micro-cache (lib/http/page-cache.ts) and tells the
// shipped reverse proxy (deploy/nginx) to drop its cached copies, so a publish shows through either cache at
// once rather than after its 1-second lifetime. PROXY_PURGE_URL names the
// proxy's purge location (e.g. http://127.0.0.1:8080/purge); unset (no proxy), nothing is sent. A proxy that
// does not answer never holds up the change: the purge is fire-and-forget with a short timeout.
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { purgePageCache } from "@/lib/http/page-cache";

// A proxy that is down would log on every change: once a minute is enough to notice.
let lastWarned = 0;

/** Purges every cached page whose path starts with `prefix` ("/" for all). */
export function purgeProxyCache(prefix = "/"): void {
  // The portal's own micro-cache first (npm start alone, or behind the proxy), in this process.
  purgePageCache(prefix);
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
