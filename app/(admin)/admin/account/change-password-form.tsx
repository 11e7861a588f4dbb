"use client";
// Own-password form: current, new and repeated password. Passwords are never echoed back after an error.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { changeOwnPasswordAction } from "./actions";
import { ErrorSummary, FormStatus, SubmitButton, TextField } from "@/app/_components/form";
import { PASSWORD_HINT, PASSWORD_MAX } from "@/lib/auth/validation";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeOwnPasswordAction, {});
  return (
    <form action={action} noValidate className="max-w-md space-y-4" data-testid="change-password-form">
      <FormStatus state={state} testId="change-password-message" />
      <ErrorSummary state={state} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
      <TextField name="currentPassword" type="password" label="Mật khẩu hiện tại" autoComplete="current-password" maxLength={256} required state={state} />
      <TextField name="password" type="password" label="Mật khẩu mới" hint={PASSWORD_HINT} autoComplete="new-password" maxLength={PASSWORD_MAX} required state={state} />
      <TextField name="confirm" type="password" label="Nhập lại mật khẩu mới" autoComplete="new-password" maxLength={PASSWORD_MAX} required state={state} />
      <SubmitButton pending={pending} pendingText="Đang đổi…">
        Đổi mật khẩu
      </SubmitButton>
    </form>
  );
}
