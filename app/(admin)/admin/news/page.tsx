// /admin/news: every article with its workflow status, filtered by status and category (a GET form, so
// filters are bookmarkable and work without JavaScript), twenty a page.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/time";
import { countAttention, listAdminArticles, listNewsroomCategories } from "@/lib/newsroom/queries";
import { adminListFilter, ARTICLE_STATUSES, STATUS_LABELS, EDITION_STATUS_LABELS } from "@/lib/newsroom/validation";
import { Pagination } from "@/app/_components/ui/pagination";
import { SelectField, SubmitButton } from "@/app/_components/form";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { StatusBadge } from "./_components/status-badge";

export const metadata: Metadata = { title: "Tin bài" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewsAdminPage({ searchParams }: Props) {
  const actor = await requirePage("news.write");
  const filter = adminListFilter.parse(await searchParams);
  const [list, categories, attention] = await Promise.all([
    listAdminArticles(actor, filter),
    listNewsroomCategories(actor),
    countAttention(actor),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Tin bài</h1>
        <p className="flex gap-3">
          <a href="/admin/news/new" className="rounded bg-brand px-4 py-2 font-semibold text-white">
            Viết tin mới
          </a>
          <a href="/admin/news/schedules" className="rounded border border-brand px-4 py-2 font-semibold">
            Lịch đăng
          </a>
        </p>
      </div>
      {attention.inReview || attention.failed ? (
        <ul className="mt-3 flex flex-wrap gap-4 text-sm">
          {attention.inReview ? (
            <li>
              <a href="/admin/news?status=in_review">{attention.inReview} bài chờ duyệt</a>
            </li>
          ) : null}
          {attention.failed ? (
            <li>
              <a href="/admin/news/schedules" className="font-semibold text-accent">
                {attention.failed} bài hẹn giờ đăng bị lỗi
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}

      <form method="get" action="/admin/news" className="mt-4 flex flex-wrap items-end gap-3 rounded border border-gray-300 p-3" role="search" aria-label="Lọc tin bài">
        <SelectField
          name="status"
          id="loc-trang-thai"
          label="Trạng thái"
          defaultValue={filter.status ?? ""}
          options={[{ value: "", label: "Tất cả" }, ...ARTICLE_STATUSES.map((st) => ({ value: st, label: STATUS_LABELS[st] })), { value: "failed", label: "Hẹn giờ bị lỗi" }]}
          compact
        />
        <SelectField
          name="category"
          id="loc-chuyen-muc"
          label="Chuyên mục"
          defaultValue={filter.category ?? ""}
          options={[{ value: "", label: "Tất cả" }, ...categories.map((c) => ({ value: c.slug, label: c.name }))]}
          compact
        />
        <SubmitButton>Lọc</SubmitButton>
        {filter.status || filter.category ? <a href="/admin/news">Bỏ lọc</a> : null}
      </form>

      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {list.total} bài viết
      </p>
      {list.items.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="article-table">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">
                  Tiêu đề
                </th>
                <th scope="col" className="px-2 py-2">
                  Chuyên mục
                </th>
                <th scope="col" className="px-2 py-2">
                  Trạng thái
                </th>
                <th scope="col" className="px-2 py-2">
                  Người viết
                </th>
                <th scope="col" className="px-2 py-2">
                  Cập nhật
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((a) => (
                <tr key={a.id} className="border-b border-gray-200 align-top">
                  <td className="px-2 py-2">
                    <a href={`/admin/news/${a.id}`} className="font-semibold">
                      {a.title}
                    </a>{" "}
                    {a.isSample ? <SampleBadge /> : null}
                  </td>
                  <td className="px-2 py-2">{a.categoryName}</td>
                  <td className="px-2 py-2">
                    <StatusBadge status={a.status} failed={a.status === "scheduled" && !!a.scheduleError} />
                    {a.status === "scheduled" && a.scheduledAt ? <span className="block text-xs text-muted">{formatDateTime(a.scheduledAt)}</span> : null}
                    {a.openEditionStatus ? (
                      <span className="block text-xs text-muted" data-testid="open-edition">
                        Ấn bản mới: {EDITION_STATUS_LABELS[a.openEditionStatus].toLowerCase()}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-2 py-2">{a.createdByName ?? "—"}</td>
                  <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(a.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-4">Không có bài viết nào khớp bộ lọc.</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/news" params={{ status: filter.status, category: filter.category }} />
    </>
  );
}
