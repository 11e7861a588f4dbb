"use client";
// The new-account form (fields email, name, password, role: the contract in SPEC). A plain form posting to
// a server action, so it works without JavaScript; errors appear beside the fields.
import { useActionState } from "react";
import { PASSWORD_MAX, PASSWORD_MIN, ROLES, ROLE_LABELS } from "@/lib/auth/validation";
import type { ActionState } from "@/lib/form/action-state";
import { createUserAction } from "./actions";
import { ErrorSummary, FormStatus, SelectField, SubmitButton, TextField } from "@/app/_components/form";

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function CreateUserForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(createUserAction, {});
  return (
    <form action={action} noValidate className="grid gap-4 md:grid-cols-2" data-testid="create-user-form">
      <div className="md:col-span-2">
        <FormStatus state={state} testId="create-user-message" />
        <ErrorSummary state={state} idPrefix="new-" />
      </div>
      <TextField name="email" id="new-email" type="email" label="Email" autoComplete="off" maxLength={254} required state={state} />
      <TextField name="name" id="new-name" label="Họ và tên" autoComplete="off" maxLength={120} required state={state} />
      <TextField
        name="password"
        id="new-password"
        type="password"
        label="Mật khẩu ban đầu"
        hint={`Từ ${PASSWORD_MIN} đến ${PASSWORD_MAX} ký tự, không dùng mật khẩu phổ biến. Gửi cho người dùng qua kênh riêng; họ nên đổi ngay sau lần đăng nhập đầu.`}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        state={state}
      />
      <SelectField name="role" id="new-role" label="Vai trò" options={roleOptions} defaultValue="staff" required state={state} />
      <div className="md:col-span-2">
        <SubmitButton pending={pending} pendingText="Đang tạo…">
          Tạo tài khoản
        </SubmitButton>
      </div>
    </form>
  );
}
