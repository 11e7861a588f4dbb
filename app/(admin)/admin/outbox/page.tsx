// /admin/outbox: the e-mail the portal wrote to applicants (staff and administrators, "outbox.read"), newest
// first, filtered by status in the query string (a GET form, works without JavaScript). Without SMTP_URL every
// message is kept here and staff pass it on themselves; the list shows no message text (opening one is audited).
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { mailDeliveryConfigured } from "@/lib/mail/config";
import { MAIL_STATUS_LABELS, mailKindLabel, mailRelatedLabel } from "@/lib/mail/kinds";
import { listOutbox } from "@/lib/mail/queries";
import { formatDateThenTime } from "@/lib/time";
import { Pagination } from "@/app/_components/ui/pagination";
import { SelectField, SubmitButton } from "@/app/_components/form";

export const metadata: Metadata = { title: "Hộp thư đi" };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

const STATUS_OPTIONS = [{ value: "", label: "Tất cả" }, ...Object.entries(MAIL_STATUS_LABELS).map(([value, label]) => ({ value, label }))];

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePage("outbox.read");
  const sp = await searchParams;
  const result = await listOutbox(actor, { status: first(sp.status), page: sp.page });
  const status = result.status ?? "";

  return (
    <>
      <h1 className="text-2xl font-bold">Hộp thư đi</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Thư điện tử cổng gửi cho người nộp hồ sơ: khi tiếp nhận, khi yêu cầu bổ sung và khi có kết quả. Mỗi lần mở một thư được ghi vào nhật ký, vì thư
        chứa thông tin cá nhân.
      </p>
      <p className="mt-2 rounded border border-gray-300 px-3 py-2 text-sm" data-testid="outbox-mode">
        {mailDeliveryConfigured()
          ? "Cổng đang gửi thư qua máy chủ SMTP đã cấu hình; thư gửi không được sẽ được thử lại nhiều lần trước khi dừng."
          : "Chưa cấu hình máy chủ gửi thư (SMTP_URL): thư không được gửi đi mà lưu tại đây. Cán bộ xem nội dung và báo cho người nộp hồ sơ bằng cách khác."}
      </p>

      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" noValidate>
        <SelectField name="status" label="Trạng thái" options={STATUS_OPTIONS} defaultValue={status} compact />
        <SubmitButton>Lọc</SubmitButton>
        {status ? <a href="/admin/outbox">Xóa bộ lọc</a> : null}
      </form>

      <p className="mt-4 text-sm" aria-live="polite" data-testid="outbox-summary">
        {result.total === 0 ? "Không có thư nào." : `${result.total.toLocaleString("vi-VN")} thư, mới nhất trước.`}
      </p>
      {result.items.length ? (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="outbox-table">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">
                  Thời gian
                </th>
                <th scope="col" className="px-2 py-2">
                  Người nhận
                </th>
                <th scope="col" className="px-2 py-2">
                  Tiêu đề
                </th>
                <th scope="col" className="px-2 py-2">
                  Loại thư
                </th>
                <th scope="col" className="px-2 py-2">
                  Trạng thái
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((m) => (
                <tr key={m.id} className="border-b border-gray-200 align-top" data-testid="outbox-row">
                  <td className="whitespace-nowrap px-2 py-2">
                    <time dateTime={m.createdAt.toISOString()}>{formatDateThenTime(m.createdAt)}</time>
                    <span className="block text-xs text-muted">#{m.id}</span>
                  </td>
                  <td className="px-2 py-2 [overflow-wrap:anywhere]">{m.recipient}</td>
                  <td className="px-2 py-2">
                    <a href={`/admin/outbox/${m.id}`}>{m.subject}</a>
                    {m.relatedEntity ? (
                      <span className="block text-xs text-muted">
                        {mailRelatedLabel(m.relatedEntity)} #{m.relatedId}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-2 py-2">{mailKindLabel(m.kind)}</td>
                  <td className="px-2 py-2">
                    {MAIL_STATUS_LABELS[m.status]}
                    {m.attempts > 0 && m.status !== "sent" ? <span className="block text-xs text-muted">{m.attempts} lần thử</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/outbox" params={{ status: status || undefined }} />
    </>
  );
}
