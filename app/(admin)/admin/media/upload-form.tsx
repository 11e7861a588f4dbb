"use client";
// The upload form (fields file, altText, caption, credit). A plain multipart form posting to a server
// action, so it works without JavaScript; errors appear beside the fields. With JavaScript, a file over
// the limit is refused before its megabytes are sent (the server checks again, whatever arrives).
import { useActionState, useState } from "react";
import { INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import { ALT_REQUIRED_MESSAGE } from "@/lib/media/validation";
import { UPLOAD_KINDS, acceptAttribute } from "@/lib/uploads/kinds";
import { formatBytes } from "@/lib/uploads/messages";
import { sizeErrors } from "@/lib/uploads/precheck";
import { uploadMediaAction } from "./actions";
import { ErrorSummary, FileField, FormStatus, SubmitButton, TextArea, TextField } from "@/app/_components/form";

const IMAGE = UPLOAD_KINDS.image;

export function UploadForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(uploadMediaAction, {});
  const [local, setLocal] = useState<ActionState | null>(null);
  const shown = local ?? state;

  function checkBeforeSending(e: React.FormEvent<HTMLFormElement>) {
    const form = e.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    const alt = (form.elements.namedItem("altText") as HTMLInputElement | null)?.value.trim() ?? "";
    // One file: its own limit says it all (the form total is for forms with several inputs).
    const { file: tooLarge } = sizeErrors([{ field: "file", kind: "image", file }]);
    const errors: Record<string, string> = tooLarge ? { file: tooLarge } : {};
    // Only stop here for the size: everything else the server reports, so the same words appear with
    // or without JavaScript. A missing alt is added so that both problems show at once.
    if (errors.file) {
      if (!alt) errors.altText = ALT_REQUIRED_MESSAGE;
      e.preventDefault();
      setLocal({
        ok: false,
        errors,
        message: INVALID_INPUT_MESSAGE,
        values: {
          altText: alt,
          caption: (form.elements.namedItem("caption") as HTMLTextAreaElement | null)?.value ?? "",
          credit: (form.elements.namedItem("credit") as HTMLInputElement | null)?.value ?? "",
        },
      });
      return;
    }
    setLocal(null);
  }

  return (
    <form
      action={action}
      onSubmit={checkBeforeSending}
      noValidate
      className="grid gap-4 md:grid-cols-2"
      data-testid="upload-form"
    >
      <div className="md:col-span-2">
        <FormStatus state={shown} testId="upload-message" />
        <ErrorSummary state={shown} />
      </div>
      <FileField
        name="file"
        label="Tệp ảnh"
        required
        accept={acceptAttribute("image")}
        allowed="JPEG, PNG, WebP hoặc GIF"
        maxSize={formatBytes(IMAGE.maxFileBytes)}
        hint="Hệ thống kiểm tra nội dung tệp; ảnh SVG không được nhận."
        state={shown}
        className="md:col-span-2"
      />
      <TextField
        name="altText"
        label="Mô tả ảnh (alt)"
        required
        maxLength={300}
        hint="Tả ngắn gọn nội dung ảnh cho người không nhìn thấy ảnh, ví dụ: “Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị”."
        state={shown}
        className="md:col-span-2"
      />
      <TextArea name="caption" label="Chú thích" rows={2} maxLength={500} hint="Hiện dưới ảnh trong bài viết (không bắt buộc)." state={shown} />
      <TextField name="credit" label="Nguồn ảnh / tác giả" maxLength={200} hint="Ví dụ: N.Hồng – Sở TTTT (không bắt buộc)." state={shown} />
      <div className="md:col-span-2">
        <SubmitButton pending={pending} pendingText="Đang tải lên…">
          Tải ảnh lên
        </SubmitButton>
      </div>
    </form>
  );
}
