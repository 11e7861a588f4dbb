"use client";
// Editing one image's alt text, caption and credit; and deleting it (refused, with the reason, while an
// article uses it). Plain forms posting to server actions: they work without JavaScript.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { deleteMediaAction, updateMediaTextAction } from "../actions";
import { ErrorSummary, FormStatus, SubmitButton, TextArea, TextField } from "@/app/_components/form";

export function MediaTextForm({ id, altText, caption, credit }: { id: string; altText: string; caption: string; credit: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateMediaTextAction, {});
  return (
    <form action={action} noValidate className="space-y-4" data-testid="media-text-form">
      <FormStatus state={state} testId="media-text-message" />
      <ErrorSummary state={state} />
      <input type="hidden" name="id" value={id} />
      <TextField name="altText" label="Mô tả ảnh (alt)" required maxLength={300} defaultValue={altText} state={state} />
      <TextArea name="caption" label="Chú thích" rows={2} maxLength={500} defaultValue={caption} state={state} />
      <TextField name="credit" label="Nguồn ảnh / tác giả" maxLength={200} defaultValue={credit} state={state} />
      <SubmitButton pending={pending}>Lưu mô tả</SubmitButton>
    </form>
  );
}

export function DeleteMediaForm({ id, inUse }: { id: string; inUse: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteMediaAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        // A last word before an irreversible delete (without JavaScript the button deletes directly).
        if (!inUse && !window.confirm("Xóa vĩnh viễn ảnh này khỏi thư viện?")) e.preventDefault();
      }}
      className="space-y-3"
      data-testid="media-delete-form"
    >
      <FormStatus state={state} testId="media-delete-message" />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} variant="danger" pendingText="Đang xóa…">
        Xóa ảnh
      </SubmitButton>
    </form>
  );
}
