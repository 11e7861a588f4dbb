"use client";
// Step 2 of sign-in: one field, the 6-digit code or a recovery code. A plain form posting to a server
// action (works without JavaScript); a wrong code is explained beside the field.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { ErrorSummary, FormStatus, SubmitButton, TextField } from "@/app/_components/form";
import { secondStepAction } from "../actions";

export function SecondStepForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(secondStepAction, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate data-testid="second-step-form">
      <FormStatus state={state} testId="second-step-message" />
      <ErrorSummary state={state} />
      <TextField
        name="code"
        label="Mã xác thực"
        hint="Mã 6 chữ số, hoặc mã khôi phục dạng xxxxx-xxxxx."
        autoComplete="one-time-code"
        maxLength={20}
        required
        state={state}
      />
      <SubmitButton pending={pending} pendingText="Đang kiểm tra…" className="w-full">
        Xác nhận
      </SubmitButton>
    </form>
  );
}
