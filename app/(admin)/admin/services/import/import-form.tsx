"use client";
// The import's two steps on one page: upload a file and see every bad row ("Dòng N") or what it will create
// and change per row; then apply exactly that file. Plain forms posting to server actions: with JavaScript off
// each step is a page load, and the preview carries the file back (hidden, base64) for the apply step.
import { useActionState } from "react";
import { ErrorSummary, FileField, FormStatus, SubmitButton } from "@/app/_components/form";
import { formatNumber } from "@/lib/format";
import { applyImportAction, previewImportAction } from "./actions";
import { WEB_IMPORT_MAX_BYTES, type ImportReportView, type ImportState } from "./state";

function Report({ report }: { report: ImportReportView }) {
  return (
    <div className="mt-3 rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900" data-testid="import-errors">
      <p className="font-semibold">
        {report.rowErrors.length ? `${formatNumber(report.rowErrors.length)} dòng lỗi trên ${formatNumber(report.rowCount)} dòng thủ tục:` : "Tệp không đọc được:"}
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {report.fileErrors.map((m, i) => (
          <li key={`f${i}`}>{m}</li>
        ))}
        {report.rowErrors.map((m, i) => (
          <li key={`r${i}`} data-testid="import-row-error">
            {m}
          </li>
        ))}
      </ul>
    </div>
  );
}

const ACTION_LABEL = { create: "Mới", update: "Thay đổi", unchanged: "Không đổi" } as const;

export function ImportForm() {
  const [state, preview, previewing] = useActionState<ImportState, FormData>(previewImportAction, {});
  const [applied, apply, applying] = useActionState<ImportState, FormData>(applyImportAction, {});
  const p = state.preview;
  return (
    <>
      {/* The apply step's refusal shows here: without JavaScript its page load no longer holds the preview. */}
      <FormStatus state={applied} testId="import-apply-message" />
      {applied.report ? <Report report={applied.report} /> : null}
      <form action={preview} noValidate className="space-y-3" data-testid="import-upload-form">
        <FormStatus state={state.preview ? {} : state} testId="import-message" />
        <ErrorSummary state={state} />
        <FileField
          name="file"
          label="Tệp danh mục (CSV hoặc JSON)"
          required
          accept=".csv,.json,text/csv,application/json"
          allowed="CSV (UTF-8) hoặc JSON"
          maxSize={`${WEB_IMPORT_MAX_BYTES / 1024 / 1024} MB`}
          hint="Tệp lớn hơn: dùng lệnh npm run services:import."
          state={state}
        />
        <SubmitButton pending={previewing} pendingText="Đang đọc tệp…">
          Xem trước
        </SubmitButton>
        {state.report ? <Report report={state.report} /> : null}
      </form>

      {p ? (
        <section aria-labelledby="xem-truoc" className="mt-6 rounded border-2 border-brand p-4" data-testid="import-preview">
          <h2 id="xem-truoc" className="text-lg font-bold">
            Xem trước: {p.filename}
          </h2>
          <p className="mt-1" data-testid="import-counts">
            {formatNumber(p.total)} thủ tục: <strong>{formatNumber(p.counts.created)} mới</strong>, <strong>{formatNumber(p.counts.updated)} thay đổi</strong>,{" "}
            {formatNumber(p.counts.unchanged)} không đổi.
          </p>
          {p.newFields.length ? <p className="mt-1">Lĩnh vực sẽ được tạo mới: {p.newFields.join("; ")}.</p> : null}
          {p.newAgencies.length ? (
            <p className="mt-1">
              Cơ quan sẽ được tạo mới: {p.newAgencies.map((a) => (a.code ? `${a.name} (mã ${a.code})` : `${a.name} (mã tạm, sửa sau ở trang Lĩnh vực và cơ quan)`)).join("; ")}.
            </p>
          ) : null}
          <div className="mt-3 max-h-96 overflow-auto">
            <table className="w-full border-collapse text-sm" data-testid="import-plan">
              <thead>
                <tr className="border-b-2 border-gray-400 text-left">
                  <th scope="col" className="px-2 py-1">Dòng</th>
                  <th scope="col" className="px-2 py-1">Mã</th>
                  <th scope="col" className="px-2 py-1">Tên thủ tục</th>
                  <th scope="col" className="px-2 py-1">Kết quả</th>
                </tr>
              </thead>
              <tbody>
                {p.rows.map((r) => (
                  <tr key={r.code} className="border-b border-gray-200 align-top" data-testid="import-plan-row" data-action={r.action}>
                    <td className="px-2 py-1">{r.line}</td>
                    <td className="px-2 py-1 whitespace-nowrap">{r.code}</td>
                    <td className="px-2 py-1">{r.name}</td>
                    <td className="px-2 py-1">
                      {ACTION_LABEL[r.action]}
                      {r.action === "update" ? `: ${r.changes.join(", ")}` : null}
                      {r.newField ? " (lĩnh vực mới)" : null}
                      {r.newAgency ? " (cơ quan mới)" : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {p.rows.length < p.total ? <p className="mt-1 text-sm text-muted">Chỉ hiện {formatNumber(p.rows.length)} dòng đầu (các dòng mới và thay đổi trước).</p> : null}
          </div>
          <form action={apply} className="mt-4 space-y-2" data-testid="import-apply-form">
            <input type="hidden" name="content" value={p.content} />
            <input type="hidden" name="filename" value={p.filename} />
            <input type="hidden" name="digest" value={p.digest} />
            <SubmitButton pending={applying} pendingText="Đang nhập…">
              Nhập vào danh mục
            </SubmitButton>
            <p className="text-sm text-muted">Tất cả các dòng được nhập trong một lần; nếu có lỗi, không dòng nào được nhập.</p>
          </form>
        </section>
      ) : null}
    </>
  );
}
