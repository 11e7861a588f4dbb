"use client";
// Sign-in form: a plain form posting to a server action (works without JavaScript), built from the form
// kit: errors beside the fields and in the summary, the outcome in a live region, the e-mail kept.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { ErrorSummary, FormStatus, SubmitButton, TextField } from "@/app/_components/form";
import { signInAction } from "./actions";

export function LoginForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(signInAction, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormStatus state={state} testId="login-message" />
      <ErrorSummary state={state} />
      <TextField name="email" type="email" label="Email" autoComplete="username" maxLength={254} required state={state} />
      <TextField name="password" type="password" label="Mật khẩu" autoComplete="current-password" maxLength={200} required state={state} />
      <SubmitButton pending={pending} pendingText="Đang đăng nhập…" className="w-full">
        Đăng nhập
      </SubmitButton>
    </form>
  );
}
