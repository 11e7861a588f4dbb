"use client";
// The edit page's smaller forms: hide or show the procedure, and per document upload (or replace) its form
// file or remove it. Plain forms posting to server actions (multipart for the file), working without
// JavaScript; errors appear beside the file input.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { acceptAttribute, UPLOAD_KINDS } from "@/lib/uploads/kinds";
import { formatBytes } from "@/lib/uploads/messages";
import { FileField, FormStatus, SubmitButton } from "@/app/_components/form";
import { attachFormFileAction, removeFormFileAction, setPublishedAction } from "./actions";

export function VisibilityForm({ id, published, name }: { id: number; published: boolean; name: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setPublishedAction, {});
  return (
    <form action={action} className="space-y-2" data-testid="visibility-form">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="published" value={published ? "false" : "true"} />
      <SubmitButton pending={pending} variant={published ? "danger" : "primary"} pendingText="Đang lưu…">
        {published ? "Ẩn khỏi cổng" : "Hiện trên cổng"}
        <span className="sr-only"> thủ tục {name}</span>
      </SubmitButton>
    </form>
  );
}

export function FormFileForm({ documentId, documentName, hasFile }: { documentId: number; documentName: string; hasFile: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(attachFormFileAction, {});
  const [removeState, remove, removing] = useActionState<ActionState, FormData>(removeFormFileAction, {});
  return (
    <div className="flex flex-wrap items-end gap-3">
      <form action={action} className="flex flex-wrap items-end gap-3" data-testid="form-file-form">
        <input type="hidden" name="documentId" value={documentId} />
        <FileField
          name="file"
          id={`mau-${documentId}`}
          label={hasFile ? `Thay mẫu cho “${documentName}”` : `Tải mẫu cho “${documentName}”`}
          accept={acceptAttribute("document")}
          allowed="PDF, Word, Excel, OpenDocument hoặc ảnh JPEG, PNG"
          maxSize={formatBytes(UPLOAD_KINDS.document.maxFileBytes)}
          state={state}
        />
        <SubmitButton pending={pending} variant="secondary" pendingText="Đang tải lên…">
          Tải lên<span className="sr-only"> mẫu {documentName}</span>
        </SubmitButton>
        <FormStatus state={state.errors?.file ? {} : state} />
      </form>
      {hasFile ? (
        <form action={remove}>
          <FormStatus state={removeState} />
          <input type="hidden" name="documentId" value={documentId} />
          <SubmitButton pending={removing} variant="danger" pendingText="Đang gỡ…">
            Gỡ mẫu<span className="sr-only"> {documentName}</span>
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
