// Plain-link pagination (works without JavaScript), keeping the other query parameters.

export function Pagination({ page, pageCount, basePath, params }: { page: number; pageCount: number; basePath: string; params: Record<string, string | undefined> }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const pages: number[] = [];
  for (let p = Math.max(1, page - 2); p <= Math.min(pageCount, page + 2); p++) pages.push(p);
  return (
    <nav aria-label="Phân trang" className="mt-6">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {page > 1 ? (
          <li>
            <a className="block rounded border px-3 py-1" href={href(page - 1)} rel="prev">
              ‹ Trang trước
            </a>
          </li>
        ) : null}
        {pages.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page" className="block rounded border border-brand bg-brand px-3 py-1 text-white">
                {p}
              </span>
            ) : (
              <a className="block rounded border px-3 py-1" href={href(p)} aria-label={`Trang ${p}`}>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a className="block rounded border px-3 py-1" href={href(page + 1)} rel="next">
              Trang sau ›
            </a>
          </li>
        ) : null}
      </ul>
      <p className="mt-2 text-xs text-muted">
        Trang {page}/{pageCount}
      </p>
    </nav>
  );
}
