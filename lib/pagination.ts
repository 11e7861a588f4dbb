// The one page-number parser and paginator. Any ?page= value becomes a sane page (junk, negatives and huge
// numbers never fail a page), and a page past the end shows the last one. Pure (no server imports).

export const MAX_PAGE = 10_000;

/** "3" → 3; "", "abc", "-1", "0" → 1; anything above MAX_PAGE → MAX_PAGE. Arrays take their first value. */
export function parsePageNumber(value: unknown): number {
  const v = Array.isArray(value) ? value[0] : value;
  const n = typeof v === "number" ? Math.trunc(v) : Number.parseInt(String(v ?? "1"), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_PAGE) : 1;
}

export type PageWindow = { page: number; pageCount: number; pageSize: number; total: number; offset: number };

/** The page actually shown (clamped to the last one) and the offset of its first row. */
export function paginate(total: number, requestedPage: unknown, pageSize: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(parsePageNumber(requestedPage), pageCount);
  return { page, pageCount, pageSize, total, offset: (page - 1) * pageSize };
}
