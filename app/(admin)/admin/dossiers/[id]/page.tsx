// One dossier for staff (/admin/dossiers/[id]): the applicant's details, the files (each download at /files/[id]
// is audited), the timeline with internal notes, supplement requests, and the steps the workflow offers now.
// Opening it writes an audit entry (openDossier). A late dossier's apology form starts from the portal's draft.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { draftApologyLetter } from "@/lib/dossiers/notifications";
import { listProcedureDocuments, openDossier } from "@/lib/dossiers/queries";
import { dossierWorkflow, type DossierStep } from "@/lib/dossiers/workflow";
import { loadCalendar } from "@/lib/holidays/queries";
import { parseRecordId } from "@/lib/kernel";
import { formatDate, formatDateTime, vietnamIsoDate, vietnamParts } from "@/lib/time";
import { addWorkingDays, closingInstant } from "@/lib/time/working-days";
import { formatBytes } from "@/lib/uploads/messages";
import { availableTransitions } from "@/lib/workflow/engine";
import { Flash } from "@/app/_components/form";
import { DossierStatusBadge, OverdueMark } from "@/app/_components/dossiers/status";
import { DossierTimeline } from "@/app/_components/dossiers/timeline";
import { dossierStepAction } from "./actions";
import { DossierStepForms } from "./step-forms";

export const metadata: Metadata = { title: "Hồ sơ" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A few working days from today: the date an apology starts with (staff change it). */
async function suggestedNewDue(now: Date): Promise<Date> {
  const year = vietnamParts(now).year;
  const cal = await loadCalendar(year, year + 1);
  return closingInstant(addWorkingDays(vietnamIsoDate(now), 5, cal));
}

export default async function DossierPage({ params, searchParams }: Props) {
  const actor = await requirePage("dossiers.process");
  const id = parseRecordId((await params).id);
  if (!id) notFound();
  const d = await openDossier(actor, id);
  if (!d) notFound();
  const now = new Date();
  const steps = availableTransitions(dossierWorkflow, d, actor, now);
  const overdue = ["submitted", "accepted", "processing", "supplement_requested"].includes(d.status) && (d.pausedAt ?? now).getTime() > d.dueAt.getTime();
  const [documents, newDue] = await Promise.all([listProcedureDocuments(d.procedureId), steps.some((s) => s.name === "apologize") ? suggestedNewDue(now) : null]);
  const apology = newDue
    ? { newDueDate: formatDate(newDue), letter: draftApologyLetter({ code: d.code, applicantName: d.applicantName, procedureName: d.procedureName, dueAt: d.dueAt, agencyName: d.agencyName }, newDue) }
    : { newDueDate: "", letter: "" };
  const okStep = (await searchParams).ok;
  const done = typeof okStep === "string" && okStep in dossierWorkflow.transitions ? dossierWorkflow.transitions[okStep as DossierStep].label : undefined;
  return (
    <>
      <p className="text-sm">
        <a href="/admin/dossiers">‹ Hàng đợi hồ sơ</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        Hồ sơ <span data-testid="dossier-code">{d.code}</span>
      </h1>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <DossierStatusBadge status={d.status} />
        <OverdueMark overdue={overdue} />
        <span className="text-sm text-muted">
          {d.procedureName} ({d.procedureCode}) · {d.fieldName} · {d.agencyName}
        </span>
      </p>
      <Flash message={done ? `Đã lưu bước “${done}”.` : undefined} testId="dossier-flash" className="mt-3" />

      <div className="mt-4 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <section aria-labelledby="nguoi-nop">
            <h2 id="nguoi-nop" className="text-lg font-bold">
              Người nộp
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" data-testid="applicant">
              <dt className="font-semibold">Họ và tên</dt>
              <dd>{d.applicantName}</dd>
              <dt className="font-semibold">Số định danh</dt>
              <dd>{d.idNumber}</dd>
              <dt className="font-semibold">Điện thoại</dt>
              <dd>{d.phone}</dd>
              <dt className="font-semibold">Email</dt>
              <dd>{d.email || "—"}</dd>
              <dt className="font-semibold">Địa chỉ</dt>
              <dd>{d.address}</dd>
              <dt className="font-semibold">Ghi chú</dt>
              <dd className="whitespace-pre-line">{d.notes || "—"}</dd>
              <dt className="font-semibold">Đồng ý xử lý dữ liệu</dt>
              <dd>{formatDateTime(d.consentAt)} (Nghị định 13/2023/NĐ-CP)</dd>
            </dl>
          </section>

          <section aria-labelledby="thoi-han">
            <h2 id="thoi-han" className="text-lg font-bold">
              Thời hạn
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">Ngày nộp</dt>
              <dd>{formatDateTime(d.submittedAt)}</dd>
              <dt className="font-semibold">Thời hạn giải quyết</dt>
              <dd>{d.processingDays} ngày làm việc</dd>
              <dt className="font-semibold">Hạn trả kết quả</dt>
              <dd data-testid="dossier-due">{formatDateTime(d.dueAt)}</dd>
              {d.pausedAt ? (
                <>
                  <dt className="font-semibold">Tạm dừng từ</dt>
                  <dd>{formatDateTime(d.pausedAt)} (chờ bổ sung)</dd>
                </>
              ) : null}
              {d.apologyDueAt ? (
                <>
                  <dt className="font-semibold">Hẹn lại (thư xin lỗi)</dt>
                  <dd>{formatDate(d.apologyDueAt)}</dd>
                </>
              ) : null}
              {d.resultAt ? (
                <>
                  <dt className="font-semibold">Có kết quả</dt>
                  <dd>{formatDateTime(d.resultAt)}</dd>
                </>
              ) : null}
              {d.returnedAt ? (
                <>
                  <dt className="font-semibold">Đã trả kết quả</dt>
                  <dd>{formatDateTime(d.returnedAt)}</dd>
                </>
              ) : null}
              {d.rating ? (
                <>
                  <dt className="font-semibold">Đánh giá của công dân</dt>
                  <dd>{d.rating}/5</dd>
                </>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="tep">
            <h2 id="tep" className="text-lg font-bold">
              Giấy tờ
            </h2>
            {d.files.length ? (
              <table className="mt-2 w-full border-collapse text-sm" data-testid="dossier-files">
                <thead>
                  <tr className="border-b-2 border-gray-400 text-left">
                    <th scope="col" className="px-2 py-1">Giấy tờ</th>
                    <th scope="col" className="px-2 py-1">Tệp</th>
                    <th scope="col" className="px-2 py-1">Lúc</th>
                  </tr>
                </thead>
                <tbody>
                  {d.files.map((f) => (
                    <tr key={f.id} className="border-b border-gray-200 align-top" data-testid="dossier-file">
                      <th scope="row" className="px-2 py-1 text-left font-normal">
                        {f.documentName}
                        {f.stage !== "submission" ? <span className="ml-1 text-xs text-muted">(bổ sung)</span> : null}
                      </th>
                      <td className="px-2 py-1">
                        <a href={`/files/${f.fileId}`} download={f.filename}>
                          {f.filename}
                        </a>{" "}
                        <span className="text-muted">({formatBytes(f.byteSize)})</span>
                      </td>
                      <td className="px-2 py-1">{formatDateTime(f.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="mt-2 text-muted">Không có tệp.</p>
            )}
          </section>

          {d.supplements.length ? (
            <section aria-labelledby="bo-sung">
              <h2 id="bo-sung" className="text-lg font-bold">
                Yêu cầu bổ sung
              </h2>
              <ul className="mt-2 space-y-2 text-sm" data-testid="dossier-supplements">
                {d.supplements.map((s) => (
                  <li key={s.id} className="rounded border border-gray-200 p-2">
                    <p className="whitespace-pre-line">{s.request}</p>
                    <p className="text-muted">
                      {formatDateTime(s.createdAt)}
                      {s.createdByName ? ` · ${s.createdByName}` : ""} ·{" "}
                      {s.usedAt ? `đã nộp bổ sung ${formatDateTime(s.usedAt)}` : s.expiresAt.getTime() < now.getTime() ? "đã hết hạn" : `chờ công dân, hết hạn ${formatDateTime(s.expiresAt)}`}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="dong-thoi-gian">
            <h2 id="dong-thoi-gian" className="text-lg font-bold">
              Quá trình xử lý
            </h2>
            <div className="mt-2">
              <DossierTimeline entries={d.events} showVisibility />
            </div>
          </section>
        </div>

        <aside aria-labelledby="xu-ly">
          <h2 id="xu-ly" className="text-lg font-bold">
            Xử lý
          </h2>
          <div className="mt-2">
            <DossierStepForms steps={steps} actions={Object.fromEntries(steps.map((s) => [s.name, dossierStepAction.bind(null, s.name)]))} dossierId={d.id} documents={documents.map((x) => ({ id: x.id, name: x.name }))} apology={apology} />
          </div>
        </aside>
      </div>
    </>
  );
}
