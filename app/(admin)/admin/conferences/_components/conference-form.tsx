"use client";
// The conference report form (create and edit): when and where, who chaired and attended, the summary,
// speeches and directions (the newsroom's rich-text editor; a textarea without JavaScript), photos from the
// media library with captions, and indicator rows (indicator, year, result or target, value, stated share,
// note). A plain form posting to a server action; errors appear beside the fields, with what was typed kept.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { CheckboxField, ErrorSummary, FieldError, FormStatus, RepeatableRows, SubmitButton, TextArea, TextField, type RowField } from "@/app/_components/form";
import { RichTextEditor, type PickerMedia } from "@/app/(admin)/admin/news/_components/rich-text-editor";

export type ConferenceFormInitial = {
  id?: number;
  editionId?: number;
  version?: number;
  title: string;
  heldOn: string;
  timeOfDay: string;
  place: string;
  chairs: string;
  attendees: string;
  summary: string;
  speechesHtml: string;
  directionsHtml: string;
  isSample: boolean;
  photos: Record<string, string>[];
  rows: Record<string, string>[];
};

type Option = { id: number; label: string };

export function ConferenceForm({
  action,
  initial,
  indicators,
  media,
  submitLabel,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  initial: ConferenceFormInitial;
  indicators: Option[];
  media: PickerMedia[];
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const v = (k: keyof ConferenceFormInitial) => (state.values?.[k] as string | undefined) ?? (initial[k] as string);
  const photoFields: RowField[] = [
    { name: "mediaId", label: "Ảnh trong thư viện", options: [{ value: "", label: "— Chọn ảnh —" }, ...media.map((m) => ({ value: m.id, label: m.altText.slice(0, 90) }))] },
    { name: "caption", label: "Chú thích", maxLength: 500 },
  ];
  const rowFields: RowField[] = [
    { name: "indicatorId", label: "Chỉ tiêu", options: [{ value: "", label: "— Chọn chỉ tiêu —" }, ...indicators.map((i) => ({ value: String(i.id), label: i.label }))] },
    { name: "year", label: "Năm", inputMode: "numeric", maxLength: 4 },
    {
      name: "kind",
      label: "Loại",
      options: [
        { value: "result", label: "Kết quả" },
        { value: "target", label: "Chỉ tiêu (kế hoạch)" },
      ],
    },
    { name: "value", label: "Giá trị", maxLength: 30, hint: "Ví dụ 4.020 hoặc 175,0" },
    { name: "statedShare", label: "Tỷ lệ đạt kế hoạch nêu trong báo cáo (%)", maxLength: 20, hint: "Chỉ khi báo cáo nêu tỷ lệ" },
    { name: "note", label: "Ghi chú", maxLength: 500 },
  ];
  const richError = (name: string) => state.errors?.[name];
  return (
    <form action={formAction} noValidate className="grid gap-4 md:grid-cols-2" data-testid="conference-form">
      <div className="md:col-span-2">
        <FormStatus state={state} testId="conference-form-message" />
        <ErrorSummary state={state} />
      </div>
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {initial.editionId ? <input type="hidden" name="editionId" value={initial.editionId} /> : null}
      {initial.version ? <input type="hidden" name="version" value={initial.version} /> : null}
      <TextArea name="title" label="Tên hội nghị" required rows={2} maxLength={300} defaultValue={v("title")} state={state} className="md:col-span-2" />
      <TextField name="heldOn" label="Ngày họp" required maxLength={10} defaultValue={v("heldOn")} hint="ngày/tháng/năm, ví dụ 02/01/2014" state={state} />
      <TextField name="timeOfDay" label="Buổi" maxLength={40} defaultValue={v("timeOfDay")} hint="Ví dụ: Sáng (không bắt buộc)" state={state} />
      <TextField name="place" label="Địa điểm" maxLength={300} defaultValue={v("place")} state={state} className="md:col-span-2" />
      <TextArea name="chairs" label="Chủ trì" rows={3} maxLength={3000} defaultValue={v("chairs")} hint="Mỗi người một dòng, ví dụ: Hồ Quang Thành – Giám đốc Sở" state={state} />
      <TextArea name="attendees" label="Thành phần tham dự" rows={3} maxLength={5000} defaultValue={v("attendees")} hint="Mỗi người hoặc đơn vị một dòng" state={state} />
      <TextArea name="summary" label="Tóm tắt" required rows={5} maxLength={10000} defaultValue={v("summary")} hint="Hiện ở danh sách tin và trang báo cáo." state={state} className="md:col-span-2" />
      {(["speechesHtml", "directionsHtml"] as const).map((name) => (
        <div key={name} id={name} className="md:col-span-2">
          <span id={`${name}-label`} className="block font-semibold">
            {name === "speechesHtml" ? "Tham luận" : "Phát biểu chỉ đạo và kết luận"}
          </span>
          <RichTextEditor
            name={name}
            initialHtml={v(name)}
            media={media}
            labelId={`${name}-label`}
            errorId={richError(name) ? `${name}-error` : undefined}
            invalid={!!richError(name)}
          />
          <FieldError id={name} error={richError(name)} />
        </div>
      ))}
      <RepeatableRows
        name="rows"
        legend="Kết quả và chỉ tiêu"
        rowLabel="Dòng"
        fields={rowFields}
        rows={initial.rows}
        state={state}
        blankRows={3}
        maxRows={200}
        hint={
          <>
            Mỗi dòng một chỉ tiêu trong một năm: kết quả đạt được hoặc chỉ tiêu kế hoạch. Khi báo cáo chỉ nêu tỷ lệ đạt kế hoạch (ví dụ “đạt 102%”),
            ghi tỷ lệ đó, không tự suy ra số kế hoạch. Chưa có chỉ tiêu cần dùng? <a href="/admin/conferences/indicators" className="underline">Thêm vào danh mục chỉ tiêu</a>.
          </>
        }
        addLabel="Thêm dòng"
        className="md:col-span-2"
      />
      <RepeatableRows
        name="photos"
        legend="Hình ảnh"
        rowLabel="Ảnh"
        fields={photoFields}
        rows={initial.photos}
        state={state}
        blankRows={2}
        maxRows={30}
        hint={<>Ảnh lấy từ thư viện (có mô tả thay thế). <a href="/admin/media" className="underline">Tải ảnh lên thư viện</a>.</>}
        addLabel="Thêm ảnh"
        className="md:col-span-2"
      />
      <CheckboxField name="isSample" label="Dữ liệu mẫu (hiện nhãn “Dữ liệu mẫu”)" defaultChecked={initial.isSample} state={state} />
      <div className="md:col-span-2">
        <SubmitButton pending={pending} testId="save-conference">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
