"use client";
// Field and agency forms (new, edit). Plain forms posting to server actions, working without JavaScript;
// errors appear beside the fields.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { ErrorSummary, FormStatus, SubmitButton, TextField } from "@/app/_components/form";
import type { AdminAgency, AdminField } from "@/lib/services/queries";
import { createAgencyAction, createFieldAction, updateAgencyAction, updateFieldAction } from "./actions";

const SLUG_HINT = "Chữ thường không dấu, số và dấu gạch ngang; dùng trong bộ lọc của danh mục. Để trống: tạo từ tên.";

export function FieldForm({ field }: { field?: AdminField }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(field ? updateFieldAction : createFieldAction, {});
  const prefix = field ? `f${field.id}-` : "new-field-";
  return (
    <form action={action} noValidate className="grid gap-3 md:grid-cols-3" data-testid={field ? "edit-field-form" : "create-field-form"}>
      <div className="md:col-span-3">
        <FormStatus state={state} />
        <ErrorSummary state={state} idPrefix={prefix} />
      </div>
      {field ? <input type="hidden" name="id" value={field.id} /> : null}
      <TextField name="name" id={`${prefix}name`} label="Tên lĩnh vực" required maxLength={200} defaultValue={field?.name} state={state} />
      <TextField name="slug" id={`${prefix}slug`} label="Đường dẫn" maxLength={100} defaultValue={field?.slug} hint={SLUG_HINT} state={state} />
      <TextField name="sortOrder" id={`${prefix}sortOrder`} label="Thứ tự" inputMode="numeric" maxLength={4} defaultValue={field ? String(field.sortOrder) : ""} state={state} />
      <div className="md:col-span-3">
        <SubmitButton pending={pending}>{field ? "Lưu lĩnh vực" : "Thêm lĩnh vực"}</SubmitButton>
      </div>
    </form>
  );
}

export function AgencyForm({ agency }: { agency?: AdminAgency }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(agency ? updateAgencyAction : createAgencyAction, {});
  const prefix = agency ? `a${agency.id}-` : "new-agency-";
  return (
    <form action={action} noValidate className="grid gap-3 md:grid-cols-2" data-testid={agency ? "edit-agency-form" : "create-agency-form"}>
      <div className="md:col-span-2">
        <FormStatus state={state} />
        <ErrorSummary state={state} idPrefix={prefix} />
      </div>
      {agency ? <input type="hidden" name="id" value={agency.id} /> : null}
      <TextField name="name" id={`${prefix}name`} label="Tên cơ quan" required maxLength={300} defaultValue={agency?.name} state={state} />
      <TextField
        name="code"
        id={`${prefix}code`}
        label="Mã cơ quan"
        required
        maxLength={60}
        defaultValue={agency?.code}
        hint="Mã trên hệ thống quốc gia, phần đầu của mã hồ sơ, ví dụ 000.00.14.H42. Mã bắt đầu bằng TAM. là mã tạm do lần nhập tệp tạo ra: hãy sửa."
        state={state}
      />
      <TextField name="slug" id={`${prefix}slug`} label="Đường dẫn" maxLength={100} defaultValue={agency?.slug} hint={SLUG_HINT} state={state} />
      <TextField name="phone" id={`${prefix}phone`} label="Điện thoại" type="tel" maxLength={50} defaultValue={agency?.phone} state={state} />
      <TextField name="address" id={`${prefix}address`} label="Địa chỉ" maxLength={500} defaultValue={agency?.address} state={state} className="md:col-span-2" />
      <div className="md:col-span-2">
        <SubmitButton pending={pending}>{agency ? "Lưu cơ quan" : "Thêm cơ quan"}</SubmitButton>
      </div>
    </form>
  );
}
