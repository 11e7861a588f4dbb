"use client";
// The award decision form (create and edit a draft): the decision's fields, then its recipients pasted one a
// line ("tên; chức vụ; đơn vị" for a person, "tên" for a collective) or read from a CSV/XLSX file. A plain
// form posting to a server action (multipart): it works without JavaScript; errors name the bad rows.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { CheckboxField, ErrorSummary, FileField, FormStatus, SelectField, SubmitButton, TextArea, TextField } from "@/app/_components/form";
import { AWARD_FORM_LABELS, AWARD_FORMS } from "@/lib/awards/validation";
import type { DecisionForEdit } from "@/lib/awards/queries";

const isoToVn = (iso: string | undefined) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split("-").reverse().join("/") : (iso ?? ""));

export function DecisionForm({
  action,
  decision,
  submitLabel,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  decision?: DecisionForEdit;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const d = decision;
  return (
    <form action={formAction} noValidate className="grid gap-4 md:grid-cols-2" data-testid="decision-form">
      <div className="md:col-span-2">
        <FormStatus state={state} testId="decision-form-message" />
        <ErrorSummary state={state} />
      </div>
      {d ? (
        <>
          <input type="hidden" name="id" value={d.id} />
          <input type="hidden" name="version" value={d.version} />
        </>
      ) : null}
      <SelectField
        name="form"
        label="Hình thức khen thưởng"
        required
        defaultValue={d?.form ?? "bang_khen"}
        options={AWARD_FORMS.map((f) => ({ value: f, label: AWARD_FORM_LABELS[f] }))}
        state={state}
      />
      <TextField
        name="title"
        label="Danh hiệu, hình thức cụ thể"
        maxLength={300}
        defaultValue={d?.title}
        hint="Ví dụ: Cờ thi đua của Bộ Thông tin và Truyền thông; Bằng khen của Chủ tịch UBND tỉnh (không bắt buộc)."
        state={state}
      />
      <TextField name="issuer" label="Cơ quan ban hành" required maxLength={300} defaultValue={d?.issuer} hint="Ví dụ: UBND tỉnh Nghệ An." state={state} />
      <TextField name="decisionNumber" label="Số quyết định" required maxLength={100} defaultValue={d?.decisionNumber} hint="Ví dụ: 123/QĐ-UBND." state={state} />
      <TextField name="decisionDate" label="Ngày ký quyết định" required maxLength={10} defaultValue={isoToVn(d?.decisionDate)} hint="ngày/tháng/năm, ví dụ 25/12/2013." state={state} />
      <TextField name="year" label="Năm thành tích" required inputMode="numeric" maxLength={4} defaultValue={d ? String(d.year) : ""} hint="Ví dụ: 2013." state={state} />
      <TextField name="signerName" label="Người ký" maxLength={200} defaultValue={d?.signerName} state={state} />
      <TextField name="signerTitle" label="Chức vụ người ký" maxLength={200} defaultValue={d?.signerTitle} hint="Ví dụ: Phó Chủ tịch." state={state} />
      <TextArea name="reason" label="Thành tích (lý do khen thưởng)" rows={2} maxLength={4000} defaultValue={d?.reason} state={state} className="md:col-span-2" />
      <TextField
        name="conferenceSlug"
        label="Hội nghị trao tặng (đường dẫn)"
        maxLength={200}
        defaultValue={d?.conferenceSlug ?? ""}
        hint="Phần cuối địa chỉ trang hội nghị /conferences/…, nếu có (không bắt buộc)."
        state={state}
      />
      <CheckboxField name="isSample" label="Dữ liệu mẫu (hiện nhãn “Dữ liệu mẫu”)" defaultChecked={d?.isSample ?? false} state={state} className="self-end" />
      <fieldset className="rounded border border-gray-300 p-3 md:col-span-2">
        <legend className="px-1 font-bold">Người nhận khen thưởng</legend>
        <TextArea
          name="recipientsText"
          label="Danh sách (mỗi dòng một người nhận)"
          rows={10}
          maxLength={200_000}
          defaultValue={d?.recipientsText}
          hint={
            <>
              Cá nhân: <code>tên; chức vụ; đơn vị</code> (để trống phần không có, ví dụ <code>Nguyễn Văn A; ; Phòng Bưu chính</code>). Tập thể: chỉ ghi{" "}
              <code>tên</code>. Có thể dán thẳng từ Excel hoặc Word.
            </>
          }
          state={state}
        />
        <FileField
          name="recipientsFile"
          label="Hoặc tải lên tệp danh sách (thay cho nội dung ô trên)"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          allowed="CSV (UTF-8) hoặc Excel (XLSX)"
          maxSize="2 MB"
          hint="Dòng 1 là tiêu đề các cột: tên, chức vụ, đơn vị, loại (tập thể hoặc cá nhân; bỏ trống: có chức vụ hoặc đơn vị là cá nhân)."
          state={state}
          className="mt-3"
        />
      </fieldset>
      <div className="md:col-span-2">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
