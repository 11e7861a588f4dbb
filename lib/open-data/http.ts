// The open data API's HTTP rules, written once for every /api/v1 handler: JSON bodies with a strong ETag (a hash
// of the bytes) and 304 on a matching If-None-Match, short public caching, CORS for reading only (any origin,
// GET/HEAD/OPTIONS, no credentials), and errors as JSON in Vietnamese with a stable code, never a stack trace.
import "server-only";
import { createHash } from "node:crypto";
import { logger } from "@/lib/logger";
import { ApiError } from "./errors";
import { MAX_AGE_SECONDS } from "./params";

export { ApiError, notFound } from "./errors";


export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  // If-None-Match is not a CORS-safelisted header: a browser revalidating asks first.
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Link",
  "Access-Control-Max-Age": "86400",
};

const CACHE_CONTROL = `public, max-age=${MAX_AGE_SECONDS}, stale-while-revalidate=${MAX_AGE_SECONDS}`;

/** `"…"` of the SHA-256 of the body (base64url): equal bodies, equal tags, whichever process served them. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match matches (weak comparison, as RFC 9110 asks for GET): `*`, or any listed tag, W/ or not. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === bare;
  });
}

/** A 200 JSON answer (or 304 when the client already holds it), with ETag, caching and CORS. */
export function jsonResponse(req: Request, payload: unknown, extra: Record<string, string> = {}): Response {
  const body = JSON.stringify(payload);
  const etag = etagOf(body);
  const headers = { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding", ...extra };
  if (matchesIfNoneMatch(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(req.method === "HEAD" ? null : body, {
    status: 200,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

/** An error as JSON: `{ "error": { "code", "message", "details"? } }`; never cached for long, still readable cross-origin. */
export function errorResponse(error: ApiError): Response {
  const payload = { error: { code: error.code, message: error.message, ...(error.details.length ? { details: error.details } : {}) } };
  return new Response(JSON.stringify(payload), {
    status: error.status,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": error.status === 500 ? "no-store" : `public, max-age=${MAX_AGE_SECONDS}`,
    },
  });
}

/** Any write: the API only reads (a JSON 405 rather than Next's empty one). */
export function methodNotAllowedResponse(): Response {
  const res = errorResponse(new ApiError(405, "method_not_allowed", "Dữ liệu mở chỉ cho phép đọc (GET, HEAD, OPTIONS)."));
  res.headers.set("Allow", "GET, HEAD, OPTIONS");
  return res;
}

/** The answer to a CORS preflight: reading is allowed from anywhere, nothing else. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
}

type Answer = { payload: unknown; headers?: Record<string, string> };
type Handler<C> = (req: Request, ctx: C) => Promise<Answer>;

/**
 * Inside the Next server, an answer is kept in Next's data cache under its exact path and query, tagged with the
 * area it reads (lib/cache.ts drops the tag when that area's public content changes) and for at most
 * MAX_AGE_SECONDS, so a scheduled article appears at most that late and never early. Refusals (thrown) are
 * not kept. Only first pages without filters are kept (at most one entry per limit, or per existing item): the
 * cache is written to disk and would otherwise grow with every cursor and filter value a crawler tries; those
 * pages read an index directly. Outside Next (tests, scripts) there is no such cache: the read runs every time.
 */
async function answer<C>(handler: Handler<C>, req: Request, ctx: C, tag: string | undefined): Promise<Answer> {
  const url = new URL(req.url);
  const firstPage = [...url.searchParams.keys()].every((k) => k === "limit");
  if (!tag || !firstPage || !process.env.NEXT_RUNTIME) return handler(req, ctx);
  const { unstable_cache } = await import("next/cache");
  return unstable_cache(() => handler(req, ctx), ["open-data", url.pathname, url.search], { tags: [tag], revalidate: MAX_AGE_SECONDS })();
}

/**
 * A read-only endpoint: GET (and HEAD, the same without a body) runs `handler` (through the data cache when
 * `cacheTag` is given); an ApiError becomes its JSON answer, anything else is logged and answered with a plain
 * Vietnamese 500; writes get a JSON 405.
 */
export function openDataEndpoint<C = unknown>(name: string, handler: Handler<C>, opts: { cacheTag?: string } = {}) {
  const GET = async (req: Request, ctx: C): Promise<Response> => {
    try {
      const { payload, headers } = await answer(handler, req, ctx, opts.cacheTag);
      return jsonResponse(req, payload, headers);
    } catch (err) {
      if (err instanceof ApiError) return errorResponse(err);
      logger.error({ err, endpoint: name }, "open data endpoint failed");
      return errorResponse(new ApiError(500, "server_error", "Máy chủ gặp lỗi khi đọc dữ liệu, vui lòng thử lại sau."));
    }
  };
  const HEAD = GET;
  const OPTIONS = async (): Promise<Response> => preflightResponse();
  const refuse = async (): Promise<Response> => methodNotAllowedResponse();
  return { GET, HEAD, OPTIONS, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
