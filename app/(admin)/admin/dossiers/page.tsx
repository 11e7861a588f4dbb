// /admin/dossiers: the processing queue. Filters (a GET form: bookmarkable, works without JavaScript) by
// status, procedure, overdue, due within 7 days and a code or name; open dossiers by deadline first, 25 a page.
// Staff only ("dossiers.process"); listing shows no personal data beyond the applicant's name.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listDossierQueue } from "@/lib/dossiers/queries";
import { parseQueueFilter } from "@/lib/dossiers/queue-filter";
import { DOSSIER_STATUS_LABELS, DOSSIER_STATUSES } from "@/lib/dossiers/validation";
import { formatNumber } from "@/lib/format";
import { formatDate, formatDateTime } from "@/lib/time";
import { CheckboxField, SelectField, SubmitButton, TextField } from "@/app/_components/form";
import { DossierStatusBadge, OverdueMark } from "@/app/_components/dossiers/status";
import { Pagination } from "@/app/_components/ui/pagination";

export const metadata: Metadata = { title: "Hồ sơ trực tuyến" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DossierQueuePage({ searchParams }: Props) {
  const actor = await requirePage("dossiers.process");
  const filter = parseQueueFilter(await searchParams);
  const queue = await listDossierQueue(actor, filter);
  const filtered = !!(filter.status || filter.procedureCode || filter.overdue || filter.dueThisWeek || filter.q);
  const values = { overdue: filter.overdue ? "on" : "", week: filter.dueThisWeek ? "on" : "" };
  return (
    <>
      <h1 className="text-2xl font-bold">Hồ sơ trực tuyến</h1>
      <form method="get" action="/admin/dossiers" className="mt-4 grid gap-3 rounded border border-gray-300 p-3 md:grid-cols-4" role="search" aria-label="Lọc hồ sơ">
        <TextField name="q" id="loc-q" label="Mã hồ sơ hoặc tên người nộp" defaultValue={filter.q} maxLength={100} inputMode="search" compact />
        <SelectField
          name="status"
          id="loc-trang-thai"
          label="Trạng thái"
          defaultValue={filter.status ?? ""}
          options={[{ value: "", label: "Tất cả" }, ...DOSSIER_STATUSES.map((s) => ({ value: s, label: DOSSIER_STATUS_LABELS[s] }))]}
          compact
        />
        <TextField name="procedure" id="loc-thu-tuc" label="Mã thủ tục" hint="Ví dụ: 1.000948" defaultValue={filter.procedureCode ?? ""} maxLength={60} compact />
        <div className="space-y-1 self-end">
          <CheckboxField name="overdue" id="loc-qua-han" label="Quá hạn" state={{ values: { overdue: values.overdue } }} />
          <CheckboxField name="week" id="loc-tuan" label="Đến hạn trong 7 ngày" state={{ values: { week: values.week } }} />
        </div>
        <div className="flex items-end gap-3 md:col-span-4">
          <SubmitButton>Lọc</SubmitButton>
          {filtered ? <a href="/admin/dossiers">Bỏ lọc</a> : null}
        </div>
      </form>
      <p className="mt-4 text-sm text-muted" aria-live="polite" data-testid="queue-total">
        {formatNumber(queue.total)} hồ sơ
      </p>
      {queue.items.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="dossier-queue">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">Mã hồ sơ</th>
                <th scope="col" className="px-2 py-2">Người nộp</th>
                <th scope="col" className="px-2 py-2">Thủ tục</th>
                <th scope="col" className="px-2 py-2">Trạng thái</th>
                <th scope="col" className="px-2 py-2">Ngày nộp</th>
                <th scope="col" className="px-2 py-2">Hạn trả</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((d) => (
                <tr key={d.id} className="border-b border-gray-200 align-top" data-testid="queue-row" data-code={d.code}>
                  <th scope="row" className="px-2 py-2 text-left">
                    <a href={`/admin/dossiers/${d.id}`}>{d.code}</a>
                  </th>
                  <td className="px-2 py-2">{d.applicantName}</td>
                  <td className="px-2 py-2">{d.procedureName}</td>
                  <td className="px-2 py-2">
                    <DossierStatusBadge status={d.status} testId="queue-status" />
                  </td>
                  <td className="px-2 py-2">{formatDateTime(d.submittedAt)}</td>
                  <td className="px-2 py-2">
                    {formatDate(d.dueAt)}
                    <OverdueMark overdue={d.overdue} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-4">Không có hồ sơ nào{filtered ? " khớp bộ lọc" : ""}.</p>
      )}
      <Pagination
        page={queue.page}
        pageCount={queue.pageCount}
        basePath="/admin/dossiers"
        params={{
          q: filter.q || undefined,
          status: filter.status,
          procedure: filter.procedureCode,
          overdue: filter.overdue ? "1" : undefined,
          week: filter.dueThisWeek ? "1" : undefined,
        }}
      />
    </>
  );
}
