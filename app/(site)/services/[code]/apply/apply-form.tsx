"use client";
// The dossier form itself. A client component only because the form kit's refill-after-error and the error
// summary's focus work through useActionState; without JavaScript the same form posts as a plain multipart
// form and the server renders the page again with the errors and what was typed (files are never kept:
// a browser cannot refill a file input).
import { useActionState } from "react";
import { CheckboxField, ErrorSummary, FileField, FormStatus, SubmitButton, TextArea, TextField } from "@/app/_components/form";
import type { ActionState } from "@/lib/form/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
import { CONSENT_LABEL, CONSENT_TEXT } from "@/app/_components/dossiers/consent";

export type ApplyDocument = { id: number; name: string; required: boolean; originals: number; copies: number };

export function ApplyForm({
  action,
  submissionKey,
  documents,
  accept,
  allowed,
  maxFile,
  maxTotal,
}: {
  /** submitDossierAction bound to the procedure's code (bound in the page, a server component). */
  action: Action;
  submissionKey: string;
  documents: ApplyDocument[];
  accept: string;
  allowed: string;
  maxFile: string;
  maxTotal: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} encType="multipart/form-data" noValidate className="mt-6 max-w-3xl space-y-6" data-testid="dossier-form">
      <input type="hidden" name="submissionKey" value={submissionKey} />
      <ErrorSummary state={state} />
      <FormStatus state={state} testId="form-status" />

      <fieldset className="space-y-4 rounded border border-gray-300 p-4">
        <legend className="px-1 text-lg font-bold">Thông tin người nộp hồ sơ</legend>
        <TextField name="fullName" label="Họ và tên" required autoComplete="name" maxLength={120} state={state} />
        <TextField
          name="idNumber"
          label="Số định danh cá nhân (CCCD)"
          hint="12 chữ số trên căn cước công dân (hoặc CMND 9 chữ số, hộ chiếu)."
          required
          inputMode="numeric"
          maxLength={20}
          state={state}
        />
        <TextField
          name="phone"
          type="tel"
          label="Số điện thoại"
          hint="Dùng cùng mã hồ sơ để tra cứu. Ví dụ: 0912 345 678."
          required
          autoComplete="tel"
          maxLength={20}
          state={state}
        />
        <TextField name="email" type="email" label="Email" hint="Không bắt buộc: để nhận thông báo tiếp nhận, yêu cầu bổ sung và kết quả." autoComplete="email" maxLength={254} state={state} />
        <TextArea name="address" label="Địa chỉ liên hệ" required rows={2} maxLength={300} state={state} />
      </fieldset>

      <fieldset className="space-y-4 rounded border border-gray-300 p-4" data-testid="documents-fieldset">
        <legend className="px-1 text-lg font-bold">Thành phần hồ sơ</legend>
        <p className="text-sm">
          Mỗi giấy tờ một tệp (bản quét hoặc ảnh chụp rõ nét). Tổng dung lượng tối đa {maxTotal} cho một hồ sơ.
        </p>
        {documents.map((d) => (
          <FileField
            key={d.id}
            name={`document-${d.id}`}
            label={d.required ? d.name : `${d.name} (nếu có)`}
            required={d.required}
            accept={accept}
            allowed={allowed}
            maxSize={maxFile}
            hint={d.originals || d.copies ? `Số lượng: ${d.originals} bản chính, ${d.copies} bản sao.` : undefined}
            state={state}
          />
        ))}
      </fieldset>

      <TextArea name="notes" label="Ghi chú cho cơ quan giải quyết" hint="Không bắt buộc, tối đa 2.000 ký tự." rows={3} maxLength={2000} state={state} />

      <CheckboxField name="consent" label={CONSENT_LABEL} hint={CONSENT_TEXT} state={state} className="rounded border border-gray-300 p-4" />

      <SubmitButton pending={pending} pendingText="Đang gửi hồ sơ…" testId="submit-dossier">
        Nộp hồ sơ
      </SubmitButton>
    </form>
  );
}
