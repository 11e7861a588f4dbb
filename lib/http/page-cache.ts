// The portal's own micro-cache, for when it faces readers without the shipped nginx (npm start alone): an
// anonymous GET of a public page that Next served from its render cache is kept, as the bytes that left the
// server (scripts stripped, compressed: lib/http/page-memo.ts), for PAGE_CACHE_SECONDS (1 s by default), so a
// burst on one page costs Next one request a second instead of one per reader. The rules are the proxy's
// (deploy/nginx/nginx.conf.template): never for a request with a session cookie, a private path, a non-GET or
// the client router's own requests; never an answer that is private, sets a cookie, or that Next served stale
// while it re-renders. Every public change empties it (lib/cache.ts → purgePageCache), at once.
// The store lives on globalThis: scripts/server.ts and Next's bundle (where the mutations run) each load this
// module, and both must see one cache. Pure Node; unit-tested in tests/unit/http/page-cache.test.ts.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { chooseEncoding } from "./page-memo";

export type CachedPage = { status: number; headers: OutgoingHttpHeaders; body: Buffer; expires: number };
type Store = { pages: Map<string, CachedPage>; bytes: number; generation: number };

const MAX_BYTES = 32 * 1024 * 1024;
const KEY = Symbol.for("portal.pageCache");

function store(): Store {
  const g = globalThis as { [KEY]?: Store };
  return (g[KEY] ??= { pages: new Map(), bytes: 0, generation: 0 });
}

/** Paths that are never kept, whatever their answers say (the proxy's list). */
const PRIVATE_PATH = /^\/(admin|login|api\/auth|track|files\/|preview\/)|^\/services\/[^/]+\/apply/;
const SESSION_COOKIE = /authjs\.session-token/i;

/** Whether this request may be answered from (and its answer stored in) the cache. */
export function cacheableRequest(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  if (PRIVATE_PATH.test(url)) return false;
  if (SESSION_COOKIE.test(String(req.headers.cookie ?? ""))) return false;
  // The client router's requests (RSC payloads, prefetches) depend on headers beyond the URL.
  if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined || req.headers["next-router-state-tree"] !== undefined) return false;
  return true;
}

/** Whether an answer with these headers may be kept for everyone. */
export function cacheableAnswer(status: number, header: (name: string) => string | undefined): boolean {
  if (status !== 200) return false;
  if (header("set-cookie") !== undefined) return false;
  if (/private|no-store|no-cache/i.test(header("cache-control") ?? "")) return false;
  if ((header("x-nextjs-cache") ?? "").toUpperCase() === "STALE") return false;
  return true;
}

const keyOf = (url: string, encoding: string) => `${encoding}|${url}`;

/** A kept answer for this URL and encoding, or undefined when there is none or it has expired. */
export function cachedPage(url: string, encoding: string, now = Date.now()): CachedPage | undefined {
  const s = store();
  const key = keyOf(url, encoding);
  const page = s.pages.get(key);
  if (!page) return undefined;
  if (page.expires <= now) {
    drop(s, key, page);
    return undefined;
  }
  return page;
}

/** Answers the request from the cache when it may be and a fresh copy is kept; false leaves it to Next. */
export function answerFromPageCache(req: IncomingMessage, res: ServerResponse): boolean {
  if (!cacheableRequest(req)) return false;
  const page = cachedPage(req.url ?? "/", chooseEncoding(req.headers["accept-encoding"]));
  if (!page) return false;
  const etag = page.headers.etag;
  if (etag !== undefined && req.headers["if-none-match"] === String(etag)) {
    const { "content-length": _length, "content-encoding": _encoding, ...rest } = page.headers;
    res.writeHead(304, { ...rest, "x-page-cache": "HIT" });
    res.end();
    return true;
  }
  res.writeHead(page.status, { ...page.headers, "x-page-cache": "HIT" });
  res.end(req.method === "HEAD" ? undefined : page.body);
  return true;
}

/** The cache's generation when a request began: an answer begun before a purge is not stored after it. */
export function pageCacheGeneration(): number {
  return store().generation;
}

/** Keeps an answer for `seconds`, unless the cache was purged since the request began (generation). */
export function storePage(url: string, encoding: string, page: Omit<CachedPage, "expires">, seconds: number, generation: number, now = Date.now()): void {
  const s = store();
  if (seconds <= 0 || generation !== s.generation || page.body.length > MAX_BYTES / 8) return;
  const key = keyOf(url, encoding);
  const old = s.pages.get(key);
  if (old) drop(s, key, old);
  // Entries are kept in the order they were stored, and mostly for the same time: the expired ones are at the
  // front. Dropping them here keeps the cache to about a second's worth of pages, not to its byte bound.
  for (const [k, p] of s.pages) {
    if (p.expires > now) break;
    drop(s, k, p);
  }
  s.pages.set(key, { ...page, expires: now + seconds * 1000 });
  s.bytes += page.body.length;
  while (s.bytes > MAX_BYTES && s.pages.size > 1) {
    const [oldest, p] = s.pages.entries().next().value as [string, CachedPage];
    drop(s, oldest, p);
  }
}

function drop(s: Store, key: string, page: CachedPage) {
  s.pages.delete(key);
  s.bytes -= page.body.length;
}

/** Public content changed: forget every kept page whose path starts with `prefix`, and anything in flight. */
export function purgePageCache(prefix = "/"): void {
  const s = store();
  s.generation++;
  for (const [key, page] of s.pages) if (key.slice(key.indexOf("|") + 1).startsWith(prefix)) drop(s, key, page);
}

/** For tests and the memory report: how many answers and bytes are kept. */
export function pageCacheSize(): { pages: number; bytes: number } {
  const s = store();
  return { pages: s.pages.size, bytes: s.bytes };
}
