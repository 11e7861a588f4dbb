// /admin/audit: the audit log reader (administrators only, "audit.read"): who did what to which record,
// when and from where, with before/after; filters in the query string (a GET form, works without
// JavaScript) and the integrity check of the hash chain.
import { Fragment } from "react";
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { auditEventLabel, auditSubjectLabel } from "@/lib/audit/vocabulary";
import { auditProblemLabel } from "@/lib/audit";
import { checkAuditChain, listAuditEntries, listAuditFacets, type AuditFilterField } from "@/lib/audit/queries";
import { formatDateThenTime } from "@/lib/time";
import { Pagination } from "@/app/_components/ui/pagination";
import { ErrorSummary, SubmitButton, TextField } from "@/app/_components/form";
import { ChangeTable } from "./change-table";

export const metadata: Metadata = { title: "Nhật ký hệ thống" };

type SearchParams = Record<string, string | string[] | undefined>;


const FILTERS: { name: AuditFilterField; label: string; placeholder?: string; list?: "actions" | "entities"; hint?: string }[] = [
  { name: "actorEmail", label: "Email người thực hiện" },
  { name: "action", label: "Thao tác", list: "actions", hint: "Ví dụ: user.create, hoặc user cho mọi thao tác về tài khoản." },
  { name: "entity", label: "Loại đối tượng", list: "entities" },
  { name: "entityId", label: "Mã đối tượng" },
  { name: "from", label: "Từ ngày", placeholder: "dd/mm/yyyy" },
  { name: "to", label: "Đến ngày", placeholder: "dd/mm/yyyy" },
];

/** 02/01/2014 09:05, in Asia/Ho_Chi_Minh. */
const formatWhen = formatDateThenTime;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePage("audit.read");
  const sp = await searchParams;
  const values = Object.fromEntries(FILTERS.map((f) => [f.name, first(sp[f.name]).slice(0, 254)])) as Record<AuditFilterField, string>;
  const [result, facets, verification] = await Promise.all([
    listAuditEntries(actor, { ...values, page: sp.page }),
    listAuditFacets(actor),
    first(sp.verify) === "1" ? checkAuditChain(actor) : Promise.resolve(null),
  ]);
  const hasErrors = Object.keys(result.errors).length > 0;
  const filterState = { errors: result.errors, values };

  return (
    <>
      <h1 className="text-2xl font-bold">Nhật ký hệ thống</h1>
      <p className="mt-2 text-muted">Mọi thay đổi trên cổng: ai làm, làm gì, với bản ghi nào, khi nào, từ địa chỉ nào, trước và sau ra sao. Nhật ký chỉ được ghi thêm, không sửa hay xóa được.</p>

      <section aria-labelledby="toan-ven" className="mt-6 rounded border border-gray-300 p-4">
        <h2 id="toan-ven" className="text-lg font-bold">
          Kiểm tra tính toàn vẹn
        </h2>
        <p className="mt-1 text-sm text-muted">Tính lại chuỗi mã băm có khóa của toàn bộ nhật ký và đối chiếu với tệp neo: một mục bị sửa, bị xóa, hoặc các mục mới nhất bị cắt bớt đều bị phát hiện.</p>
        <form method="get" className="mt-3">
          <input type="hidden" name="verify" value="1" />
          <SubmitButton variant="secondary">Kiểm tra tính toàn vẹn</SubmitButton>
        </form>
        <div aria-live="polite" data-testid="audit-verify-result">
          {verification ? (
            verification.ok ? (
              <p className="mt-3 rounded bg-green-50 px-3 py-2 text-green-900">
                Nhật ký toàn vẹn: đã kiểm tra {verification.checked} mục, không mục nào bị sửa hay bị cắt bớt.
                {verification.unanchored > 0 ? ` ${verification.unanchored} mục mới nhất chưa được ghi vào tệp neo (sẽ được ghi ở thay đổi tiếp theo).` : ""}
              </p>
            ) : (
              <p className="mt-3 rounded bg-red-50 px-3 py-2 text-red-800">
                {verification.firstBadId === null
                  ? `Không kiểm tra được nhật ký: ${auditProblemLabel(verification.problem)}.`
                  : `Phát hiện nhật ký bị can thiệp tại mục #${verification.firstBadId} (${auditProblemLabel(verification.problem)}). ${verification.checked} mục trước đó còn nguyên vẹn.`}{" "}
                Hãy báo ngay cho người phụ trách an toàn thông tin.
              </p>
            )
          ) : null}
        </div>
      </section>

      <section aria-labelledby="loc" className="mt-6">
        <h2 id="loc" className="text-lg font-bold">
          Lọc nhật ký
        </h2>
        <form method="get" className="mt-3 grid gap-3 md:grid-cols-3" noValidate>
          <ErrorSummary state={filterState} className="md:col-span-3" />
          {FILTERS.map((f) => (
            <TextField
              key={f.name}
              name={f.name}
              label={f.label}
              hint={f.hint}
              placeholder={f.placeholder}
              list={f.list ? `${f.list}-list` : undefined}
              inputMode={f.placeholder ? "numeric" : undefined}
              state={filterState}
              compact
            />
          ))}
          <datalist id="actions-list">
            {facets.actions.map((a) => (
              <option key={a} value={a}>
                {auditEventLabel(a)}
              </option>
            ))}
          </datalist>
          <datalist id="entities-list">
            {facets.entities.map((e) => (
              <option key={e} value={e}>
                {auditSubjectLabel(e)}
              </option>
            ))}
          </datalist>
          <div className="flex items-end gap-3 md:col-span-3">
            <SubmitButton>Lọc</SubmitButton>
            <a href="/admin/audit">Xóa bộ lọc</a>
          </div>
        </form>
      </section>

      <section aria-labelledby="ket-qua" className="mt-6">
        <h2 id="ket-qua" className="text-lg font-bold">
          Kết quả
        </h2>
        <p className="mt-1 text-sm" aria-live="polite" data-testid="audit-summary">
          {hasErrors ? "Vui lòng sửa bộ lọc được đánh dấu." : result.total === 0 ? "Không có mục nào." : `${result.total.toLocaleString("vi-VN")} mục, mới nhất trước.`}
        </p>
        {result.entries.length ? (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-testid="audit-table">
              <thead>
                <tr className="border-b-2 border-gray-400 text-left">
                  <th scope="col" className="px-2 py-2">
                    Thời gian
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Người thực hiện
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Thao tác
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Đối tượng
                  </th>
                  <th scope="col" className="px-2 py-2">
                    Địa chỉ IP
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.entries.map((e) => {
                  const hasChange = e.before != null || e.after != null;
                  // Before/after gets a full-width row of its own under the entry: values can be long.
                  const cell = `px-2 py-2 ${hasChange ? "" : "border-b border-gray-200"}`;
                  return (
                    <Fragment key={e.id}>
                      <tr className="align-top" data-testid="audit-row">
                        <td className={`${cell} whitespace-nowrap`}>
                          <time dateTime={e.at.toISOString()}>{formatWhen(e.at)}</time>
                          <span className="block text-xs text-muted">#{e.id}</span>
                        </td>
                        <td className={`${cell} [overflow-wrap:anywhere]`}>{e.actorEmail || "—"}</td>
                        <td className={cell}>
                          {auditEventLabel(e.action)}
                          <code className="block text-xs text-muted">{e.action}</code>
                        </td>
                        <td className={cell}>
                          {auditSubjectLabel(e.entity)}
                          {e.entityId ? ` #${e.entityId}` : null}
                        </td>
                        <td className={cell}>
                          {e.ip || "—"}
                          {e.userAgent ? (
                            <span className="block max-w-64 truncate text-xs text-muted" title={e.userAgent}>
                              {e.userAgent}
                            </span>
                          ) : null}
                        </td>
                      </tr>
                      {hasChange ? (
                        <tr className="border-b border-gray-200">
                          <td colSpan={5} className="px-2 pb-3">
                            <details>
                              <summary className="cursor-pointer text-sm text-brand">Xem trước / sau (mục #{e.id})</summary>
                              <div className="mt-2">
                                <ChangeTable before={e.before} after={e.after} />
                              </div>
                            </details>
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
        <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/audit" params={values} />
      </section>
    </>
  );
}
