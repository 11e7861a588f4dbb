"use client";
// The site settings form: department name and contacts shown in every public page's header and footer.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { SETTINGS_LABELS, type SettingsField } from "@/lib/settings/validation";
import { updateSettingsAction } from "./actions";
import { ErrorSummary, FormStatus, SubmitButton, TextField } from "@/app/_components/form";

const FIELDS: { name: SettingsField; type?: "text" | "email" | "tel"; required?: boolean; hint?: string; maxLength: number }[] = [
  { name: "departmentName", required: true, maxLength: 200 },
  { name: "parentAuthority", required: true, maxLength: 200 },
  { name: "address", required: true, maxLength: 300 },
  { name: "phone", type: "tel", required: true, hint: "Ví dụ: (0238) 3844 123", maxLength: 60 },
  { name: "fax", type: "tel", hint: "Để trống nếu không có.", maxLength: 60 },
  { name: "email", type: "email", required: true, maxLength: 254 },
  { name: "editorInChief", hint: "Họ tên và chức vụ, ví dụ: Giám đốc Sở.", maxLength: 200 },
  { name: "licence", hint: "Số giấy phép thiết lập trang thông tin điện tử, nếu có.", maxLength: 500 },
];

export function SettingsForm({ current }: { current: Record<SettingsField, string> }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateSettingsAction, {});
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4" data-testid="settings-form">
      <FormStatus state={state} testId="settings-message" />
      <ErrorSummary state={state} />
      {FIELDS.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          type={f.type}
          label={SETTINGS_LABELS[f.name]}
          hint={f.hint}
          required={f.required}
          maxLength={f.maxLength}
          defaultValue={current[f.name]}
          state={state}
        />
      ))}
      <SubmitButton pending={pending}>Lưu cài đặt</SubmitButton>
    </form>
  );
}
