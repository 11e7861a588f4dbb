"use client";
// The decision page's step forms: publish (with the option of a news draft for staff to review), revoke with a
// reason and date, delete a draft. Plain forms posting to server actions; they work without JavaScript.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { CheckboxField, FormStatus, SelectField, SubmitButton, TextArea, TextField } from "@/app/_components/form";
import { deleteDecisionAction, publishDecisionAction, revokeDecisionAction } from "./actions";

export function PublishForm({ id, categories }: { id: number; categories: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(publishDecisionAction, {});
  return (
    <form action={action} className="space-y-3 rounded border border-gray-300 p-3" data-testid="publish-form">
      <FormStatus state={state} testId="publish-message" />
      <input type="hidden" name="id" value={id} />
      <CheckboxField name="draftNews" label="Tạo bản nháp tin bài để biên tập viên duyệt" hint="Tin được lưu ở trạng thái bản nháp trong mục Tin bài, chưa đăng." state={state} />
      <SelectField
        name="categoryId"
        label="Chuyên mục của bản nháp tin"
        defaultValue=""
        options={[{ value: "", label: "— Chọn chuyên mục —" }, ...categories.map((c) => ({ value: String(c.id), label: c.name }))]}
        state={state}
      />
      <SubmitButton pending={pending} pendingText="Đang công bố…">
        Công bố quyết định
      </SubmitButton>
    </form>
  );
}

export function RevokeForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(revokeDecisionAction, {});
  return (
    <details className="rounded border border-red-700 p-3" open={!!state.errors}>
      <summary className="cursor-pointer font-semibold text-red-800">Thu hồi quyết định (giữ lại hồ sơ, đánh dấu đã thu hồi)</summary>
      <form action={action} className="mt-3 space-y-3" data-testid="revoke-form">
        <FormStatus state={state} testId="revoke-message" />
        <input type="hidden" name="id" value={id} />
        <TextArea name="reason" label="Lý do thu hồi" required rows={2} maxLength={2000} state={state} hint="Ví dụ: Thu hồi theo Quyết định số …/QĐ-UBND vì …" />
        <TextField name="revokedOn" label="Ngày thu hồi" required maxLength={10} hint="ngày/tháng/năm" state={state} />
        <SubmitButton pending={pending} variant="danger" pendingText="Đang thu hồi…">
          Thu hồi quyết định
        </SubmitButton>
      </form>
    </details>
  );
}

export function DeleteForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteDecisionAction, {});
  return (
    <form action={action} data-testid="delete-form">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} variant="danger" pendingText="Đang xóa…">
        Xóa bản nháp
      </SubmitButton>
    </form>
  );
}
