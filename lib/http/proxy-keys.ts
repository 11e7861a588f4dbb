// Which copies the shipped proxy (deploy/nginx) may be holding fresh, so that a change can drop exactly those.
// Debian's cache-purge module (2.3) purges one exact key at a time, no wildcards; but the proxy keeps a copy
// fresh for 1–2 s only (whole-second validity) and, with background updates off, never hands out an expired
// copy except to requests that arrive while its single refresh is in flight. So the copies a purge must drop
// are those the portal answered in the last few seconds: every answer the proxy could store is noted here
// (scripts/server.ts, when PROXY_PURGE_URL is set) for WINDOW_MS, and lib/http/proxy-purge.ts purges the
// noted keys under a prefix. The note lives on globalThis: scripts/server.ts notes, Next's bundle (where the
// mutations run) reads, and each loads its own copy of this module. Pure Node; tests/unit/http/proxy-keys.test.ts.
import type { IncomingMessage, ServerResponse } from "node:http";
import { pageCacheGeneration } from "./page-cache";

/** Well past the 2 s a copy can stay fresh in the proxy. */
export const WINDOW_MS = 10_000;
/** A bound for a flood of distinct addresses; the oldest notes go first (and are the first to have expired). */
const MAX_KEYS = 20_000;
/** The statuses the proxy stores (proxy_cache_valid). */
const STORED = new Set([200, 301, 302, 404, 410]);

/** When the answer was noted, and whether public content changed while it was being made (it may be older). */
type Note = { at: number; spanned: boolean };
type Notes = Map<string, Note>;
const KEY = Symbol.for("portal.proxyKeys");

function notes(): Notes {
  const g = globalThis as { [KEY]?: Notes };
  return (g[KEY] ??= new Map());
}

/** A note's key: `request URI|Accept-Encoding the proxy sent`; the proxy's own key puts the method in front. */
const noteOf = (uri: string, encoding: string) => `${uri}|${encoding}`;

/** Notes that the proxy may now hold this answer (`spanned`: a change landed while it was being made). */
export function noteProxyAnswer(uri: string, encoding: string, status: number, now = Date.now(), spanned = false): void {
  if (!STORED.has(status)) return;
  const n = notes();
  const key = noteOf(uri, encoding);
  // Re-inserted, so the map stays in the order of the last answer: the expired notes are at the front.
  n.delete(key);
  n.set(key, { at: now, spanned });
  for (const [k, { at }] of n) {
    if (at > now - WINDOW_MS && n.size <= MAX_KEYS) break;
    n.delete(k);
  }
}

/** Notes a finished answer to a GET or HEAD (the proxy asks for a HEAD as a GET when it caches). */
export function noteProxyAnswerOnFinish(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const generation = pageCacheGeneration();
  res.once("finish", () => noteProxyAnswer(req.url ?? "/", String(req.headers["accept-encoding"] ?? ""), res.statusCode, Date.now(), pageCacheGeneration() !== generation));
}

/**
 * The proxy's keys (both methods it caches) for every answer noted in the window whose path starts with
 * `prefix`: what a purge of that prefix must drop. `spannedOnly`: only answers made while a change landed
 * (what a purge just after the change may have missed: they were stored after it).
 */
export function recentProxyKeys(prefix = "/", now = Date.now(), spannedOnly = false): string[] {
  const out: string[] = [];
  for (const [key, { at, spanned }] of notes()) {
    if (at <= now - WINDOW_MS || !key.startsWith(prefix) || (spannedOnly && !spanned)) continue;
    out.push(`GET|${key}`, `HEAD|${key}`);
  }
  return out;
}

/** For tests: forget every note. */
export function forgetProxyAnswers(): void {
  notes().clear();
}
