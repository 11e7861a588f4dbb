"use client";
// Holiday table forms: add a day, edit one (name and kind), delete one, pre-fill a year. Plain forms posting to
// server actions, so they work without JavaScript; errors appear beside the fields, refusals in a live region.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { HOLIDAY_KIND_LABELS, type HolidayKindCode } from "@/lib/holidays/validation";
import { ErrorSummary, FormStatus, RadioGroup, SubmitButton, TextField } from "@/app/_components/form";
import { addHolidayAction, deleteHolidayAction, prefillHolidayYearAction, updateHolidayAction } from "./actions";

const KIND_OPTIONS = [
  { value: "day_off", label: HOLIDAY_KIND_LABELS.day_off, hint: "Ngày lễ, Tết, nghỉ bù: không tính vào thời hạn giải quyết." },
  { value: "working_day", label: HOLIDAY_KIND_LABELS.working_day, hint: "Thứ Bảy hoặc Chủ nhật được quyết định làm việc bù: có tính vào thời hạn." },
];

export function AddHolidayForm({ year }: { year: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addHolidayAction, {});
  return (
    <form action={action} noValidate className="grid gap-4 md:grid-cols-2" data-testid="add-holiday-form">
      <div className="md:col-span-2">
        <FormStatus state={state} testId="add-holiday-message" />
        <ErrorSummary state={state} idPrefix="new-" />
      </div>
      <TextField
        name="date"
        id="new-date"
        label="Ngày"
        required
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        maxLength={10}
        hint={`Ví dụ: 03/09/${year}.`}
        state={state}
      />
      <TextField name="name" id="new-name" label="Tên ngày" required maxLength={200} hint="Ví dụ: Nghỉ bù Quốc khánh; Làm bù cho ngày 02/05." state={state} />
      <RadioGroup name="kind" id="new-kind" legend="Loại ngày" options={KIND_OPTIONS} defaultValue="day_off" required state={state} className="md:col-span-2" />
      <div className="md:col-span-2">
        <SubmitButton pending={pending}>Thêm ngày</SubmitButton>
      </div>
    </form>
  );
}

export function EditHolidayForm({ day }: { day: { date: string; name: string; kind: HolidayKindCode } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateHolidayAction, {});
  const prefix = `d${day.date}-`;
  return (
    <form action={action} noValidate className="space-y-3" data-testid="edit-holiday-form">
      <FormStatus state={state} />
      <ErrorSummary state={state} idPrefix={prefix} />
      <input type="hidden" name="date" value={day.date} />
      <TextField name="name" id={`${prefix}name`} label="Tên ngày" required maxLength={200} defaultValue={day.name} state={state} />
      <RadioGroup name="kind" id={`${prefix}kind`} legend="Loại ngày" options={KIND_OPTIONS} defaultValue={day.kind} required state={state} inline />
      <SubmitButton pending={pending}>Lưu</SubmitButton>
    </form>
  );
}

export function DeleteHolidayForm({ date, label }: { date: string; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(deleteHolidayAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Xóa ngày ${label} khỏi lịch?`)) e.preventDefault();
      }}
      className="space-y-2"
      data-testid="delete-holiday-form"
    >
      <FormStatus state={state} />
      <input type="hidden" name="date" value={date} />
      <SubmitButton pending={pending} variant="danger" pendingText="Đang xóa…">
        Xóa ngày này<span className="sr-only"> ({label})</span>
      </SubmitButton>
    </form>
  );
}

export function PrefillYearForm({ year }: { year: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(prefillHolidayYearAction, {});
  return (
    <form action={action} className="space-y-2" data-testid="prefill-form">
      <FormStatus state={state} testId="prefill-message" />
      <input type="hidden" name="year" value={year} />
      <SubmitButton pending={pending} variant="secondary" pendingText="Đang điền…">
        Điền sẵn năm {year}
      </SubmitButton>
    </form>
  );
}
