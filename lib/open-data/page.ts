// One page of an open data list: the items, and where the next page starts (an opaque cursor, its full URL and
// a Link header). Lists are read one row past the limit, so "is there more" costs no count.
import "server-only";
import { siteUrl } from "@/lib/env";
import { encodeCursor } from "./params";

export type Pagination = { limit: number; nextCursor: string | null; next: string | null };
export type ListPayload<T> = { data: T[]; pagination: Pagination };

/** The public address of an API path (absolute, from SITE_URL: behind a proxy the request's own host may be internal). */
export const apiUrl = (pathAndQuery: string) => `${siteUrl()}/api/v1${pathAndQuery}`;
export const siteHref = (path: string) => `${siteUrl()}${path}`;

/** Links inside stored HTML (/media/…, /news/…) made absolute: a reader of the JSON is not on the portal's origin. */
export const absoluteLinks = (html: string) => html.replace(/\b(src|href)="\/(?!\/)/g, (_m, attr: string) => `${attr}="${siteHref("/")}`);

/**
 * `rows` holds up to limit + 1 rows in the list's order; the extra row only says that a next page exists. The
 * next URL keeps the request's other parameters.
 */
export function pageOf<R, T>(
  req: Request,
  list: string,
  rows: R[],
  limit: number,
  keyOf: (row: R) => readonly (string | number)[],
  serialise: (row: R) => T,
): { payload: ListPayload<T>; headers: Record<string, string> } {
  const shown = rows.slice(0, limit);
  const nextCursor = rows.length > limit && shown.length ? encodeCursor(list, keyOf(shown[shown.length - 1]!)) : null;
  let next: string | null = null;
  if (nextCursor) {
    const url = new URL(req.url);
    url.searchParams.set("cursor", nextCursor);
    next = `${siteUrl()}${url.pathname}?${url.searchParams}`;
  }
  return {
    payload: { data: shown.map(serialise), pagination: { limit, nextCursor, next } },
    headers: next ? { Link: `<${next}>; rel="next"` } : {},
  };
}
