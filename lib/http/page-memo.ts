// A cached public page leaves the server the same way every time: Next serves it from its render cache with the
// same ETag, and each request used to strip its scripts and compress it again on the one Node thread (the
// article page ran at 0.57× the speed of a 2 KB static page). This keeps, per ETag, the stripped page and its
// brotli and gzip bytes (made once, at the compression middleware's levels), in a small LRU bounded by bytes.
import zlib from "node:zlib";

export type Encoding = "br" | "gzip" | "identity";
type Entry = { stripped: Buffer; br?: Buffer; gzip?: Buffer; bytes: number };

const MAX_BYTES = 16 * 1024 * 1024;
const entries = new Map<string, Entry>();
let total = 0;

/** The encoding to send for this Accept-Encoding: brotli, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (e: string) => (accepted.get(e) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

function compress(body: Buffer, encoding: "br" | "gzip"): Buffer {
  const out =
    encoding === "br"
      ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : zlib.gzipSync(body, { level: 6 });
  // zlib hands back a view of its output chunk (16 KB or more) even for a 5 KB page: kept as it is, each entry
  // would hold three times the bytes counted. An exact copy keeps the memo (and the micro-cache) to its bound.
  const exact = Buffer.alloc(out.length);
  out.copy(exact);
  return exact;
}

/**
 * The page's bytes in this encoding: from the memo when the same key (ETag and raw length) was seen, else
 * made by `strip` (once) and the compressor. `encoding` identity gives the stripped page.
 */
export function memoizedPage(key: string, raw: () => string, strip: (html: string) => string, encoding: Encoding): Buffer {
  let e = entries.get(key);
  if (e) {
    entries.delete(key);
    entries.set(key, e); // most recently used last
  } else {
    const stripped = Buffer.from(strip(raw()), "utf8");
    e = { stripped, bytes: stripped.length };
    add(key, e);
  }
  if (encoding === "identity") return e.stripped;
  let out = e[encoding];
  if (!out) {
    out = compress(e.stripped, encoding);
    e[encoding] = out;
    e.bytes += out.length;
    total += out.length;
    evict();
  }
  return out;
}

function add(key: string, e: Entry) {
  entries.set(key, e);
  total += e.bytes;
  evict();
}

function evict() {
  while (total > MAX_BYTES && entries.size > 1) {
    const [oldest, e] = entries.entries().next().value as [string, Entry];
    entries.delete(oldest);
    total -= e.bytes;
  }
}

/** For tests: forget everything. */
export function clearPageMemo(): void {
  entries.clear();
  total = 0;
}
