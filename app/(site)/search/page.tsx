// Search over published news; ignores diacritics and case, best match first. A plain GET form.
import type { Metadata } from "next";
import { ArticleCard } from "@/app/_components/ui/article-card";
import { Pagination } from "@/app/_components/ui/pagination";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { searchArticles } from "@/lib/news/queries";
import { pageParam, searchQuery, MAX_QUERY_LENGTH } from "@/lib/news/validation";
import { formatNumber } from "@/lib/format";

export const metadata: Metadata = { title: "Tìm kiếm", robots: { index: false } };

// Rendered per request (query parameters); the build must never open the database.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const sp = await searchParams;
  const q = searchQuery.parse(sp.q);
  const page = pageParam.parse(sp.page);
  const result = await searchArticles(q, { page });
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
      <div className="mt-6" aria-live="polite">
        {!q ? (
          <p>Nhập từ khóa để tìm tin tức. Ví dụ: “dang ky”, “chuyển đổi số”.</p>
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
      </div>
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/search" params={{ q }} />
    </>
  );
}
