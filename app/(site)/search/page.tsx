// Search over published news and the services catalogue; ignores diacritics and case, best match first. Two
// sections: the news results (paged, as before) and beside them the best-matching procedures with a link to
// all of them in the catalogue. A plain GET form.
import type { Metadata } from "next";
import { ArticleCard } from "@/app/_components/ui/article-card";
import { Pagination } from "@/app/_components/ui/pagination";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { searchArticles } from "@/lib/news/queries";
import { pageParam, searchQuery, MAX_QUERY_LENGTH } from "@/lib/news/validation";
import { formatNumber } from "@/lib/format";
import { searchProcedures } from "@/lib/services/queries";
import { catalogueHref } from "@/lib/services/validation";
import { ProcedureCard } from "@/app/_components/services/procedure-card";

export const metadata: Metadata = { title: "Tìm kiếm", robots: { index: false } };

// Rendered per request (query parameters); the build must never open the database.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const sp = await searchParams;
  const q = searchQuery.parse(sp.q);
  const page = pageParam.parse(sp.page);
  const [result, services] = await Promise.all([searchArticles(q, { page }), q ? searchProcedures(q, { page: 1, pageSize: 5 }) : null]);
  return (
    <>
      <Breadcrumb items={[{ href: "/", label: "Trang chủ" }, { label: "Tìm kiếm" }]} />
      <h1 className="text-2xl font-bold">Tìm kiếm</h1>
      <form action="/search" method="get" role="search" className="mt-4 flex max-w-xl gap-2">
        <label htmlFor="q" className="sr-only">
          Từ khóa
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="Nhập từ khóa, có dấu hoặc không dấu"
          className="min-w-0 flex-1 rounded border border-gray-400 px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Tìm
        </button>
      </form>
      <div className="mt-6 grid gap-8 md:grid-cols-3">
      <div className="md:col-span-2" aria-live="polite">
        {!q ? (
          <p>Nhập từ khóa để tìm tin tức và thủ tục hành chính. Ví dụ: “dang ky”, “chuyển đổi số”, “giấy phép”.</p>
        ) : result.total === 0 ? (
          <p>Không tìm thấy kết quả nào cho “{q}”.</p>
        ) : (
          <p className="text-sm text-muted">
            Tìm thấy {formatNumber(result.total)} kết quả cho “{q}”.
          </p>
        )}
        {result.items.map((a) => (
          <ArticleCard key={a.slug} a={a} headingLevel={2} />
        ))}
        <Pagination page={result.page} pageCount={result.pageCount} basePath="/search" params={{ q }} />
      </div>
      {services ? (
        <aside aria-labelledby="ket-qua-thu-tuc" className="md:col-span-1" data-testid="search-services">
          <h2 id="ket-qua-thu-tuc" className="mb-1 border-b-2 border-brand pb-1 text-sm font-bold uppercase text-brand">
            Thủ tục hành chính
          </h2>
          {services.total === 0 ? <p className="text-sm">Không có thủ tục nào khớp “{q}”.</p> : null}
          {services.items.map((p) => (
            <ProcedureCard key={p.code} p={p} headingLevel={3} />
          ))}
          {services.total > 0 ? (
            <p className="mt-3 text-sm">
              <a href={catalogueHref({ q })}>Xem {services.total > services.items.length ? `tất cả ${formatNumber(services.total)}` : "các"} thủ tục trong danh mục ›</a>
            </p>
          ) : null}
        </aside>
      ) : null}
      </div>
    </>
  );
}
