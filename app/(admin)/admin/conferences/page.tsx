// /admin/conferences: every conference report with its status and the status of an edition being written,
// twenty a page; links to add a report and to the indicator list.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listAdminConferences } from "@/lib/conferences/queries";
import { CONFERENCE_STATUS_LABELS, EDITION_STATUS_LABELS } from "@/lib/conferences/validation";
import { parsePageNumber } from "@/lib/pagination";
import { formatDateTime } from "@/lib/time";
import { Pagination } from "@/app/_components/ui/pagination";

export const metadata: Metadata = { title: "Hội nghị" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const vnDate = (iso: string) => iso.split("-").reverse().join("/");

export default async function ConferencesAdminPage({ searchParams }: Props) {
  const actor = await requirePage("conferences.write");
  const list = await listAdminConferences(actor, { page: parsePageNumber((await searchParams).page) });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Báo cáo hội nghị</h1>
        <p className="flex flex-wrap gap-3">
          <a href="/admin/conferences/new" className="rounded bg-brand px-4 py-2 font-semibold text-white">
            Thêm báo cáo
          </a>
          <a href="/admin/conferences/indicators" className="rounded border border-brand px-4 py-2 font-semibold">
            Danh mục chỉ tiêu
          </a>
        </p>
      </div>
      {list.items.length ? (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="conference-table">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">Tên hội nghị</th>
                <th scope="col" className="px-2 py-2">Ngày họp</th>
                <th scope="col" className="px-2 py-2">Trạng thái</th>
                <th scope="col" className="px-2 py-2">Cập nhật</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((c) => (
                <tr key={c.id} className="border-b border-gray-200">
                  <td className="px-2 py-2">
                    <a href={`/admin/conferences/${c.id}`}>{c.title || "(chưa có tên)"}</a>
                  </td>
                  <td className="px-2 py-2">{c.heldOn ? vnDate(c.heldOn) : ""}</td>
                  <td className="px-2 py-2">
                    {CONFERENCE_STATUS_LABELS[c.status]}
                    {c.openStatus ? <span className="text-muted"> · ấn bản đang soạn: {EDITION_STATUS_LABELS[c.openStatus]}</span> : null}
                  </td>
                  <td className="px-2 py-2">{formatDateTime(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-4">Chưa có báo cáo hội nghị nào.</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/conferences" params={{}} />
    </>
  );
}
