// Applies stripClientScripts to an HTML answer of a public page as it leaves the server: Next's writes are
// held (a public page is a few tens of KB, mostly from the ISR cache), the scripts removed, and the page sent
// with its new length. Anything that is not HTML passes through untouched, as does a body over MAX_HELD.
// With `compress`, a 200 page with an ETag and no private/no-store (a cached page) is sent from the page memo, stripped and
// compressed once (lib/http/page-memo.ts); the compression middleware then leaves it alone. With `cacheSeconds`
// such a page, asked for anonymously, is also kept as it left in the portal's micro-cache (lib/http/page-cache.ts).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { chooseEncoding, memoizedPage } from "./page-memo";
import { cacheableAnswer, cacheableRequest, pageCacheGeneration, storePage } from "./page-cache";
import { isPublicPagePath, stripClientScripts } from "./public-html";

const MAX_HELD = 4 * 1024 * 1024;

type WriteHeadArgs = [number, string | OutgoingHttpHeaders | undefined, OutgoingHttpHeaders | undefined];

/** The HTML of the public 404 page (/khong-tim-thay), or null when it cannot be had. */
export type NotFoundPage = () => Promise<string | null>;

/** Next's 404 answer draws its content with JavaScript: without it, the body is an empty shell. */
const isEmptyShell = (html: string) => !/<h1[\s>]/.test(html);

export function stripScriptsFromResponse(req: IncomingMessage, res: ServerResponse, notFoundPage?: NotFoundPage, compress = false, cacheSeconds = 0): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    // A form posted without JavaScript answers with a page too (a server action's re-render).
    if (req.method !== "POST") return;
  }
  const pathname = (req.url ?? "/").split("?")[0]!;
  if (!isPublicPagePath(pathname)) return;

  // Taken before Next renders: a purge while it does means this answer may be older than the change.
  const generation = pageCacheGeneration();
  const original = { writeHead: res.writeHead.bind(res), write: res.write.bind(res), end: res.end.bind(res), flushHeaders: res.flushHeaders.bind(res) };
  let head: WriteHeadArgs | null = null;
  let held: Buffer[] | null = null;
  let size = 0;
  let passthrough = false;

  const contentType = (): string => {
    const fromHead = head && typeof head[1] === "object" ? head[1]?.["content-type"] ?? head[1]?.["Content-Type"] : head?.[2]?.["content-type"] ?? head?.[2]?.["Content-Type"];
    return String(fromHead ?? res.getHeader("content-type") ?? "");
  };
  // Node's own end() and write() call this.writeHead() for implicit headers: the patches must be gone by then.
  const restore = () => {
    res.writeHead = original.writeHead;
    res.write = original.write;
    res.end = original.end;
    res.flushHeaders = original.flushHeaders;
  };
  const flushHead = () => {
    restore();
    if (head) original.writeHead(head[0], ...(head.slice(1).filter((x) => x !== undefined) as [OutgoingHttpHeaders]));
    head = null;
  };
  const decide = () => {
    if (held || passthrough) return;
    if (contentType().startsWith("text/html")) held = [];
    else {
      passthrough = true;
      flushHead();
    }
  };
  const release = () => {
    // Too big to hold: send what is held as it is, and the rest as it comes.
    passthrough = true;
    flushHead();
    for (const b of held ?? []) original.write(b);
    held = null;
  };

  res.writeHead = ((status: number, a?: string | OutgoingHttpHeaders, b?: OutgoingHttpHeaders) => {
    head = [status, a, b];
    return res;
  }) as typeof res.writeHead;

  // Next flushes the headers before its first chunk: for a held page they go out with the page instead.
  res.flushHeaders = () => {
    decide();
    if (passthrough) {
      flushHead();
      original.flushHeaders();
    }
  };

  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    decide();
    if (passthrough) {
      flushHead();
      return original.write(chunk as never, encoding as never, cb as never);
    }
    const buf = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    held!.push(buf);
    size += buf.length;
    if (size > MAX_HELD) release();
    if (typeof encoding === "function") (encoding as () => void)();
    else if (typeof cb === "function") (cb as () => void)();
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    if (typeof chunk === "function") [cb, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [cb, encoding] = [encoding, undefined];
    decide();
    if (passthrough) {
      flushHead();
      return original.end(chunk as never, encoding as never, cb as never);
    }
    if (chunk !== undefined && chunk !== null) {
      held!.push(typeof chunk === "string" ? Buffer.from(chunk, (encoding as BufferEncoding) ?? "utf8") : Buffer.from(chunk as Uint8Array));
    }
    const etag = headerValue("etag");
    // Only pages that are the same for everyone (cached); a page rendered per request carries its own nonce.
    const shared = !/no-store|private/i.test(headerValue("cache-control") ?? "");
    if (compress && etag && shared && req.method === "GET" && (head?.[0] ?? res.statusCode) === 200) {
      const raw = Buffer.concat(held!);
      const encoding = chooseEncoding(req.headers["accept-encoding"]);
      const body = memoizedPage(`${etag}|${raw.length}`, () => raw.toString("utf8"), stripClientScripts, encoding);
      const keep = cacheSeconds > 0 && cacheableRequest(req) && cacheableAnswer(200, headerValue);
      return sendBody(body, encoding, cb, keep);
    }
    const html = Buffer.concat(held!).toString("utf8");
    if (res.statusCode === 404 && notFoundPage && isEmptyShell(html)) {
      void notFoundPage()
        .catch(() => null)
        .then((page) => send(page ?? html, cb));
      return res;
    }
    return send(html, cb);
  }) as typeof res.end;

  function headerValue(name: string): string | undefined {
    for (const h of [head?.[1], head?.[2]]) if (h && typeof h === "object") for (const k of Object.keys(h)) if (k.toLowerCase() === name) return String(h[k]);
    const v = res.getHeader(name);
    return v === undefined ? undefined : String(v);
  }

  function sendBody(body: Buffer, encoding: "br" | "gzip" | "identity", cb: unknown, keep = false) {
    if (encoding !== "identity") res.setHeader("content-encoding", encoding);
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    const nextHead = head;
    const out = send(body, cb);
    if (keep) storePage(req.url ?? "/", encoding, { status: 200, headers: sentHeaders(nextHead), body }, cacheSeconds, generation);
    return out;
  }

  /** The headers as they went out: what was set on the response, and Next's writeHead arguments over it. */
  function sentHeaders(nextHead: WriteHeadArgs | null): OutgoingHttpHeaders {
    const out: OutgoingHttpHeaders = {};
    const put = (h: OutgoingHttpHeaders) => {
      for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = v;
    };
    put(res.getHeaders());
    for (const h of [nextHead?.[1], nextHead?.[2]]) if (h && typeof h === "object") put(h);
    const length = res.getHeader("content-length");
    if (length !== undefined) out["content-length"] = String(length);
    return out;
  }

  function send(html: string | Buffer, cb: unknown) {
    // Public content changed while this was rendered: the shipped proxy must not keep it (its purge went first).
    if (pageCacheGeneration() !== generation && !res.headersSent) res.setHeader("x-accel-expires", "0");
    const body = typeof html === "string" ? Buffer.from(stripClientScripts(html), "utf8") : html;
    if (head) {
      for (const h of [head[1], head[2]]) if (h && typeof h === "object") for (const k of Object.keys(h)) if (k.toLowerCase() === "content-length") delete h[k];
    }
    if (!res.headersSent) res.removeHeader("content-length");
    // A HEAD answer has no body but tells the length the GET would have.
    if (req.method !== "HEAD" && !res.headersSent) res.setHeader("content-length", body.length);
    flushHead();
    return original.end(req.method === "HEAD" ? undefined : body, cb as never);
  }
}
