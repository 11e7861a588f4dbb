"use client";
// The procedure form (create and edit): every field of the record, the lists as repeatable rows (steps,
// channels with time and fee, documents with their counts, legal basis). A plain form posting to a server
// action: it works without JavaScript (a few blank rows are always offered); errors appear beside the fields.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { CheckboxField, ErrorSummary, FormStatus, RepeatableRows, SelectField, SubmitButton, TextArea, TextField, type RowField } from "@/app/_components/form";
import { LEVEL_DESCRIPTIONS, LEVEL_LABELS, LEVELS } from "@/lib/services/validation";
import type { ProcedureRecord } from "@/lib/services/queries";

type Option = { id: number; name: string };

const STEP_FIELDS: RowField[] = [{ name: "text", label: "Nội dung bước", maxLength: 1000 }];
const CHANNEL_FIELDS: RowField[] = [
  { name: "name", label: "Hình thức nộp", maxLength: 300, hint: "Ví dụ: Trực tiếp" },
  { name: "time", label: "Thời hạn giải quyết", maxLength: 300 },
  { name: "fee", label: "Phí, lệ phí", maxLength: 300 },
];
const DOCUMENT_FIELDS: RowField[] = [
  { name: "name", label: "Tên giấy tờ", maxLength: 1000 },
  { name: "originals", label: "Số bản chính", inputMode: "numeric", maxLength: 2 },
  { name: "copies", label: "Số bản sao", inputMode: "numeric", maxLength: 2 },
  {
    name: "required",
    label: "Bắt buộc",
    options: [
      { value: "yes", label: "Bắt buộc" },
      { value: "no", label: "Nếu có" },
    ],
  },
  { name: "id", label: "Mã dòng", type: "hidden" },
];
const LEGAL_FIELDS: RowField[] = [
  { name: "number", label: "Số, ký hiệu văn bản", maxLength: 200, hint: "Ví dụ: 103/2016/QH13" },
  { name: "title", label: "Trích yếu", maxLength: 1000 },
  { name: "effectiveDate", label: "Ngày hiệu lực", maxLength: 10, hint: "ngày/tháng/năm" },
];

const isoToVn = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split("-").reverse().join("/") : iso);

export function ProcedureForm({
  action,
  fields,
  agencies,
  procedure,
  submitLabel,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Option[];
  agencies: Option[];
  procedure?: ProcedureRecord;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const p = procedure;
  return (
    <form action={formAction} noValidate className="grid gap-4 md:grid-cols-2" data-testid="procedure-form">
      <div className="md:col-span-2">
        <FormStatus state={state} testId="procedure-form-message" />
        <ErrorSummary state={state} />
      </div>
      {p ? (
        <>
          <input type="hidden" name="id" value={p.id} />
          <input type="hidden" name="version" value={p.version} />
        </>
      ) : null}
      <TextField name="code" label="Mã thủ tục" required maxLength={60} defaultValue={p?.code} hint="Theo Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.000948." state={state} />
      <TextField name="processingDays" label="Thời hạn giải quyết (ngày làm việc)" required inputMode="numeric" maxLength={3} defaultValue={p ? String(p.processingDays) : ""} state={state} />
      <TextArea name="name" label="Tên thủ tục" required rows={2} maxLength={500} defaultValue={p?.name} state={state} className="md:col-span-2" />
      <SelectField
        name="fieldId"
        label="Lĩnh vực"
        required
        defaultValue={p ? String(p.fieldId) : ""}
        options={[{ value: "", label: "— Chọn lĩnh vực —" }, ...fields.map((f) => ({ value: String(f.id), label: f.name }))]}
        state={state}
      />
      <SelectField
        name="agencyId"
        label="Cơ quan thực hiện"
        required
        defaultValue={p ? String(p.agencyId) : ""}
        options={[{ value: "", label: "— Chọn cơ quan —" }, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
        state={state}
      />
      <SelectField
        name="level"
        label="Mức độ"
        required
        defaultValue={p ? String(p.level) : "2"}
        options={LEVELS.map((l) => ({ value: String(l), label: LEVEL_LABELS[l] }))}
        hint={`Mức độ 3: ${LEVEL_DESCRIPTIONS[3]}`}
        state={state}
      />
      <TextField name="kind" label="Loại thủ tục" maxLength={200} defaultValue={p?.kind} hint="Ví dụ: Thủ tục hành chính cấp tỉnh (không bắt buộc)." state={state} />
      <TextArea name="subjects" label="Đối tượng thực hiện" rows={2} maxLength={5000} defaultValue={p?.subjects} state={state} className="md:col-span-2" />

      <RepeatableRows
        name="steps"
        legend="Trình tự thực hiện"
        rowLabel="Bước"
        fields={STEP_FIELDS}
        rows={p?.steps.map((text) => ({ text }))}
        state={state}
        hint="Mỗi bước một dòng, theo thứ tự."
        addLabel="Thêm bước"
        className="md:col-span-2"
      />
      <RepeatableRows
        name="channels"
        legend="Cách thức thực hiện"
        rowLabel="Cách thức"
        fields={CHANNEL_FIELDS}
        rows={p?.channels}
        state={state}
        blankRows={2}
        addLabel="Thêm cách thức"
        className="md:col-span-2"
      />
      <RepeatableRows
        name="documents"
        legend="Thành phần hồ sơ"
        rowLabel="Giấy tờ"
        fields={DOCUMENT_FIELDS}
        rows={p?.documents.map((d) => ({ id: String(d.id), name: d.name, originals: String(d.originals), copies: String(d.copies), required: d.required ? "yes" : "no" }))}
        state={state}
        hint="Số bản để trống: 1 bản chính, 0 bản sao. Mẫu đơn, tờ khai của từng giấy tờ được tải lên sau khi lưu (phần dưới trang sửa)."
        addLabel="Thêm giấy tờ"
        className="md:col-span-2"
      />
      <TextArea name="fees" label="Phí, lệ phí" rows={2} maxLength={5000} defaultValue={p?.fees} state={state} />
      <TextArea name="result" label="Kết quả thực hiện" rows={2} maxLength={5000} defaultValue={p?.result} state={state} />
      <TextArea name="conditions" label="Yêu cầu, điều kiện" rows={3} maxLength={5000} defaultValue={p?.conditions} state={state} className="md:col-span-2" />
      <RepeatableRows
        name="legalBasis"
        legend="Căn cứ pháp lý"
        rowLabel="Văn bản"
        fields={LEGAL_FIELDS}
        rows={p?.legalBasis.map((l) => ({ number: l.number, title: l.title, effectiveDate: isoToVn(l.effectiveDate) }))}
        state={state}
        blankRows={2}
        addLabel="Thêm văn bản"
        className="md:col-span-2"
      />
      <TextArea name="publishingDecision" label="Quyết định công bố" rows={2} maxLength={1000} defaultValue={p?.publishingDecision} state={state} />
      <TextField
        name="nationalUrl"
        type="url"
        label="Đường dẫn trên Cổng Dịch vụ công quốc gia"
        maxLength={500}
        defaultValue={p?.nationalUrl ?? ""}
        hint="https://dichvucong.gov.vn/… (không bắt buộc). Hiện bên cạnh hoặc thay cho biểu mẫu trực tuyến của cổng."
        state={state}
      />
      {p ? null : <CheckboxField name="published" label="Hiện trên cổng ngay khi lưu" defaultChecked state={state} />}
      <CheckboxField name="isSample" label="Dữ liệu mẫu (hiện nhãn “Dữ liệu mẫu”)" defaultChecked={p?.isSample ?? false} state={state} />
      <div className="md:col-span-2">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
