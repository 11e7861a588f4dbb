"use client";
// The article form (new and edit): title, sapo, category, author, source, featured, cover image and the
// body. A plain form posting to a server action, so it works without JavaScript; errors come back beside
// the fields with everything typed kept.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { CheckboxField, ErrorSummary, FieldError, FormStatus, SelectField, SubmitButton, TextArea, TextField } from "@/app/_components/form";
import { RichTextEditor, type PickerMedia } from "./rich-text-editor";

export type ArticleFormValues = {
  title: string;
  sapo: string;
  categoryId: string;
  author: string;
  source: string;
  featured: boolean;
  bodyHtml: string;
  coverMediaId: string;
};

export function ArticleForm({
  action,
  initial,
  categories,
  media,
  hidden = {},
  submitLabel,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: ArticleFormValues;
  categories: { id: number; name: string }[];
  media: PickerMedia[];
  hidden?: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const bodyError = state.errors?.bodyHtml;
  return (
    <form action={formAction} noValidate className="space-y-5" data-testid="article-form">
      <FormStatus state={state} testId="article-form-message" />
      <ErrorSummary state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField name="title" label="Tiêu đề" required maxLength={300} defaultValue={initial.title} state={state} />
      <TextArea
        name="sapo"
        label="Sapo (đoạn mở đầu)"
        hint="Một hai câu tóm tắt, in đậm dưới tiêu đề. Cần có trước khi đăng."
        rows={3}
        maxLength={1000}
        defaultValue={initial.sapo}
        state={state}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="categoryId"
          label="Chuyên mục"
          required
          defaultValue={initial.categoryId}
          options={[{ value: "", label: "— Chọn chuyên mục —" }, ...categories.map((c) => ({ value: String(c.id), label: c.name }))]}
          state={state}
        />
        <SelectField
          name="coverMediaId"
          label="Ảnh đại diện"
          hint="Hiện ở danh sách tin và khi chia sẻ lên mạng xã hội."
          defaultValue={initial.coverMediaId}
          options={[{ value: "", label: "— Không có —" }, ...media.map((m) => ({ value: m.id, label: m.caption || m.altText }))]}
          state={state}
        />
        <TextField name="author" label="Tác giả" hint="Ví dụ: N.Hồng - Sở TTTT Nghệ An" maxLength={200} defaultValue={initial.author} state={state} />
        <TextField name="source" label="Nguồn" hint="Ví dụ: Mic.gov.vn" maxLength={200} defaultValue={initial.source} state={state} />
      </div>
      <CheckboxField name="featured" label="Tin nổi bật (đưa lên đầu trang chủ)" defaultChecked={initial.featured} state={state} />
      {/* The error summary's link for the body lands here (the editor is not one focusable control). */}
      <div id="bodyHtml">
        <span id="bodyHtml-label" className="block font-semibold">
          Nội dung
        </span>
        <RichTextEditor
          initialHtml={state.values?.bodyHtml ?? initial.bodyHtml}
          media={media}
          labelId="bodyHtml-label"
          errorId={bodyError ? "bodyHtml-error" : undefined}
          invalid={!!bodyError}
        />
        <FieldError id="bodyHtml" error={bodyError} />
      </div>
      <SubmitButton pending={pending} testId="save-article">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
