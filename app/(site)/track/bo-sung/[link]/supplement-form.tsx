"use client";
// The supplement form: a client component only for the form kit's refill and error-summary focus
// (useActionState); without JavaScript it is a plain multipart post and the page comes back with the errors.
import { useActionState } from "react";
import { ErrorSummary, FileField, FormStatus, SubmitButton, TextArea } from "@/app/_components/form";
import type { ActionState } from "@/lib/form/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function SupplementForm({
  action,
  documents,
  accept,
  allowed,
  maxFile,
  maxTotal,
}: {
  /** submitSupplementAction bound to the link (bound in the page, a server component). */
  action: Action;
  documents: { id: number; name: string }[];
  accept: string;
  allowed: string;
  maxFile: string;
  maxTotal: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} encType="multipart/form-data" noValidate className="mt-6 max-w-3xl space-y-5" data-testid="supplement-form">
      <ErrorSummary state={state} />
      <FormStatus state={state} testId="form-status" />
      <p className="text-sm">Tổng dung lượng tối đa {maxTotal}.</p>
      {documents.length ? (
        documents.map((d) => <FileField key={d.id} name={`document-${d.id}`} label={d.name} required accept={accept} allowed={allowed} maxSize={maxFile} state={state} />)
      ) : (
        <FileField name="supplement" label="Giấy tờ bổ sung" required accept={accept} allowed={allowed} maxSize={maxFile} state={state} />
      )}
      <TextArea name="note" label="Ghi chú cho cơ quan giải quyết" hint="Không bắt buộc, tối đa 2.000 ký tự." rows={3} maxLength={2000} state={state} />
      <SubmitButton pending={pending} pendingText="Đang gửi…" testId="submit-supplement">
        Nộp bổ sung
      </SubmitButton>
    </form>
  );
}
