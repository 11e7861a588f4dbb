// /admin/awards: every award decision (drafts, published, revoked) with its recipient counts; administrators only
// (staff get the 403 page, and the navigation shows them no link).
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listAdminDecisions } from "@/lib/awards/queries";
import { AWARD_STATUS_LABELS, countInWords, formWording } from "@/lib/awards/validation";
import { formatDate } from "@/lib/time";
import { SampleBadge } from "@/app/_components/ui/sample-badge";

export const metadata: Metadata = { title: "Thi đua – Khen thưởng" };

export default async function AwardsAdminPage() {
  const actor = await requirePage("awards.manage");
  const list = await listAdminDecisions(actor);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Quyết định khen thưởng</h1>
        <p className="flex flex-wrap gap-3">
          <a href="/admin/awards/new" className="rounded bg-brand px-4 py-2 font-semibold text-white">
            Thêm quyết định
          </a>
          <a href="/awards" className="rounded border border-brand px-4 py-2 font-semibold">
            Xem trên cổng
          </a>
        </p>
      </div>
      {list.length ? (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="award-table">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">Quyết định</th>
                <th scope="col" className="px-2 py-2">Cơ quan ban hành</th>
                <th scope="col" className="px-2 py-2">Năm</th>
                <th scope="col" className="px-2 py-2">Người nhận</th>
                <th scope="col" className="px-2 py-2">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr key={d.id} className="border-b border-gray-200 align-top">
                  <td className="px-2 py-2">
                    <a href={`/admin/awards/${d.id}`} className="font-semibold">
                      {formWording(d)} – số {d.decisionNumber}
                    </a>{" "}
                    <span className="text-muted">ngày {formatDate(d.decisionDate)}</span> {d.isSample ? <SampleBadge data /> : null}
                  </td>
                  <td className="px-2 py-2">{d.issuer}</td>
                  <td className="px-2 py-2">{d.year}</td>
                  <td className="px-2 py-2">{countInWords(d.collectives, d.individuals)}</td>
                  <td className="px-2 py-2">{d.status === "revoked" ? <strong className="text-accent">{AWARD_STATUS_LABELS[d.status]}</strong> : AWARD_STATUS_LABELS[d.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-4">Chưa có quyết định khen thưởng nào.</p>
      )}
    </>
  );
}
