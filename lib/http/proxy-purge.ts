// When public content changes: empties the portal's own micro-cache (lib/http/page-cache.ts) and tells the
// shipped reverse proxy (deploy/nginx) to drop its cached copies, so a publish shows through either cache at
// once rather than after their 1-second lifetime. PROXY_PURGE_URL names the proxy's purge location (e.g.
// http://127.0.0.1:8080/purge); unset (no proxy), nothing is sent. The proxy's purge module takes exact keys
// only: one PURGE goes for each copy the portal answered lately under the prefix (lib/http/proxy-keys.ts), and
// a second pass half a second later drops the answers that were being made when the change landed and were
// stored after the first (a public page in that case is also marked not to be stored: lib/http/strip-response.ts).
// A proxy that does not answer never holds up the change: purges are fire-and-forget with a short timeout.
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { purgePageCache } from "@/lib/http/page-cache";
import { recentProxyKeys } from "@/lib/http/proxy-keys";

/** PURGEs in flight at once: a change after a crawl of thousands of pages still finishes in a second or two. */
const CONCURRENCY = 8;
const SECOND_PASS_MS = 500;

// A proxy that is down would log on every change: once a minute is enough to notice.
let lastWarned = 0;

function warn(url: string, err: unknown) {
  if (Date.now() - lastWarned < 60_000) return;
  lastWarned = Date.now();
  logger.warn({ url, err: err instanceof Error ? err.message : String(err) }, "proxy purge failed (further failures this minute are not logged)");
}

async function purgeKeys(url: string, keys: string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      // 200: dropped; 404: the proxy held no such copy (it expired, or was never stored).
      const r = await fetch(url, { method: "PURGE", headers: { "x-purge-key": key }, signal: AbortSignal.timeout(1000) });
      await r.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, keys.length) }, worker));
}

/** Purges every cached page whose path starts with `prefix` ("/" for all). */
export function purgeProxyCache(prefix = "/"): void {
  // The portal's own micro-cache first (npm start alone, or behind the proxy), in this process.
  purgePageCache(prefix);
  const base = env.PROXY_PURGE_URL;
  if (!base) return;
  const url = base.replace(/\/+$/, "");
  const pass = (spannedOnly: boolean) => void purgeKeys(url, recentProxyKeys(prefix, Date.now(), spannedOnly)).catch((err: unknown) => warn(url, err));
  pass(false);
  setTimeout(() => pass(true), SECOND_PASS_MS).unref();
}
