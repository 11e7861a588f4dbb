"use client";
// Indicator forms: add one, edit one, delete one. Plain forms posting to server actions (they work without
// JavaScript); errors appear beside the fields, refusals in a live region.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { ErrorSummary, FormStatus, SubmitButton, TextField } from "@/app/_components/form";
import { createIndicatorAction, deleteIndicatorAction, updateIndicatorAction } from "./actions";

const CODE_HINT = "Chữ thường không dấu, số và dấu gạch, ví dụ doanh-thu. Cùng mã là cùng một chuỗi số liệu qua các năm.";

export function CreateIndicatorForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(createIndicatorAction, {});
  return (
    <form action={action} noValidate className="grid gap-4 md:grid-cols-3" data-testid="create-indicator-form">
      <div className="md:col-span-3">
        <FormStatus state={state} testId="create-indicator-message" />
        <ErrorSummary state={state} idPrefix="new-" />
      </div>
      <TextField name="code" id="new-code" label="Mã chỉ tiêu" required maxLength={60} hint={CODE_HINT} state={state} />
      <TextField name="name" id="new-name" label="Tên chỉ tiêu" required maxLength={300} state={state} />
      <TextField name="unit" id="new-unit" label="Đơn vị tính" maxLength={60} hint="Ví dụ: tỷ đồng, trạm, %" state={state} />
      <div className="md:col-span-3">
        <SubmitButton pending={pending}>Thêm chỉ tiêu</SubmitButton>
      </div>
    </form>
  );
}

type Indicator = { id: number; code: string; name: string; unit: string };

export function EditIndicatorForm({ indicator: i }: { indicator: Indicator }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateIndicatorAction, {});
  const id = (f: string) => `i${i.id}-${f}`;
  return (
    <form action={action} noValidate className="grid gap-3 md:grid-cols-3">
      <div className="md:col-span-3">
        <FormStatus state={state} />
        <ErrorSummary state={state} idPrefix={`i${i.id}-`} />
      </div>
      <input type="hidden" name="id" value={i.id} />
      <TextField name="code" id={id("code")} label="Mã chỉ tiêu" required maxLength={60} defaultValue={i.code} state={state} />
      <TextField name="name" id={id("name")} label="Tên chỉ tiêu" required maxLength={300} defaultValue={i.name} state={state} />
      <TextField name="unit" id={id("unit")} label="Đơn vị tính" maxLength={60} defaultValue={i.unit} state={state} />
      <div className="md:col-span-3">
        <SubmitButton pending={pending} variant="secondary">
          Lưu<span className="sr-only"> chỉ tiêu {i.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

export function DeleteIndicatorForm({ id, name }: { id: number; name: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteIndicatorAction, {});
  return (
    <form action={action} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} variant="danger" pendingText="Đang xóa…">
        Xóa<span className="sr-only"> chỉ tiêu {name}</span>
      </SubmitButton>
    </form>
  );
}
