"use client";
// Category forms: new category, edit one, delete one. Plain forms posting to server actions (they work
// without JavaScript); errors appear beside the fields, refusals in a live region.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { createCategoryAction, deleteCategoryAction, updateCategoryAction } from "./actions";
import { ErrorSummary, FormStatus, SubmitButton, TextArea, TextField } from "@/app/_components/form";

const SLUG_HINT = "Chữ thường không dấu, số và dấu gạch ngang; dùng trong địa chỉ /news?category=…";

export function CreateCategoryForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(createCategoryAction, {});
  return (
    <form action={action} noValidate className="grid gap-4 md:grid-cols-2" data-testid="create-category-form">
      <div className="md:col-span-2">
        <FormStatus state={state} testId="create-category-message" />
        <ErrorSummary state={state} idPrefix="new-" />
      </div>
      <TextField name="name" id="new-name" label="Tên chuyên mục" required maxLength={120} state={state} />
      <TextField name="slug" id="new-slug" label="Đường dẫn (không bắt buộc)" maxLength={100} hint={`${SLUG_HINT} Để trống: tạo từ tên.`} state={state} />
      <TextArea name="description" id="new-description" label="Mô tả" rows={2} maxLength={500} state={state} />
      <TextField name="sortOrder" id="new-sortOrder" label="Thứ tự" inputMode="numeric" maxLength={4} hint="Số nhỏ đứng trước. Để trống: xếp cuối." state={state} />
      <div className="md:col-span-2">
        <SubmitButton pending={pending}>Thêm chuyên mục</SubmitButton>
      </div>
    </form>
  );
}

type Category = { id: number; slug: string; name: string; description: string; sortOrder: number };

export function EditCategoryForm({ category: c }: { category: Category }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateCategoryAction, {});
  const id = (field: string) => `c${c.id}-${field}`;
  return (
    <form action={action} noValidate className="grid gap-3 md:grid-cols-2" data-testid="edit-category-form">
      <div className="md:col-span-2">
        <FormStatus state={state} />
        <ErrorSummary state={state} idPrefix={`c${c.id}-`} />
      </div>
      <input type="hidden" name="id" value={c.id} />
      <TextField name="name" id={id("name")} label="Tên chuyên mục" required maxLength={120} defaultValue={c.name} state={state} />
      <TextField
        name="slug"
        id={id("slug")}
        label="Đường dẫn"
        maxLength={100}
        defaultValue={c.slug}
        hint="Đổi đường dẫn làm thay đổi địa chỉ công khai và RSS của chuyên mục."
        state={state}
      />
      <TextArea name="description" id={id("description")} label="Mô tả" rows={2} maxLength={500} defaultValue={c.description} state={state} />
      <TextField name="sortOrder" id={id("sortOrder")} label="Thứ tự" inputMode="numeric" maxLength={4} defaultValue={String(c.sortOrder)} state={state} />
      <div className="md:col-span-2">
        <SubmitButton pending={pending}>Lưu chuyên mục</SubmitButton>
      </div>
    </form>
  );
}

export function DeleteCategoryForm({ id, name, articleCount }: { id: number; name: string; articleCount: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteCategoryAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (articleCount === 0 && !window.confirm(`Xóa chuyên mục “${name}”?`)) e.preventDefault();
      }}
      className="space-y-2"
      data-testid="delete-category-form"
    >
      <FormStatus state={state} testId={`delete-category-message-${id}`} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} variant="danger" pendingText="Đang xóa…">
        Xóa chuyên mục<span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}
