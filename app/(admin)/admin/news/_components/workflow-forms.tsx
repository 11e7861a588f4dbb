"use client";
// The workflow's small forms (send for review, approve, publish with a reason, schedule, unpublish,
// restore). Each is a plain form posting to a server action; a refusal comes back beside its field or
// in its own live region, with what was typed kept.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { ErrorSummary, FormStatus, SubmitButton, TextArea, TextField } from "@/app/_components/form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A step that needs input sits folded under its summary; it unfolds by itself when the action sent back a
 * refusal, so the message beside the field is seen (with or without JavaScript).
 */
function Fold({ summary, open, children }: { summary?: string; open: boolean; children: React.ReactNode }) {
  if (!summary) return <>{children}</>;
  return (
    <details open={open || undefined} className="rounded border border-gray-200 p-2">
      <summary className="cursor-pointer font-semibold text-brand">{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

export function StepButton({
  action,
  id,
  label,
  pendingText,
  variant = "primary",
  testId,
  extra = {},
}: {
  action: Action;
  id: number;
  label: string;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
  testId?: string;
  extra?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      {Object.entries(extra).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton pending={pending} pendingText={pendingText ?? "Đang xử lý…"} variant={variant} testId={testId}>
        {label}
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}

export function PublishWithReasonForm({ action, id, label, summary }: { action: Action; id: number; label: string; summary?: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <Fold summary={summary} open={state.ok === false}>
      <form action={formAction} noValidate className="space-y-2" data-testid="publish-without-review-form">
        <input type="hidden" name="id" value={id} />
        <FormStatus state={state} />
        <ErrorSummary state={state} ids={{ reason: "skip-reason" }} />
        <TextArea
          name="reason"
          id="skip-reason"
          label="Lý do đăng không qua duyệt"
          hint="Bắt buộc, ít nhất 10 ký tự; được ghi vào nhật ký."
          rows={2}
          maxLength={500}
          required
          state={state}
        />
        <SubmitButton pending={pending} pendingText="Đang đăng…" variant="secondary">
          {label}
        </SubmitButton>
      </form>
    </Fold>
  );
}

export function ScheduleForm({
  action,
  id,
  defaultAt,
  reason,
  label = "Hẹn giờ đăng",
  summary,
}: {
  action: Action;
  id: number;
  defaultAt: string;
  summary?: string;
  /** required: nobody else approved it; optional: this step is the approval (or keeps an earlier one). */
  reason: "required" | "optional";
  label?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  return (
    <Fold summary={summary} open={state.ok === false}>
      <form action={formAction} noValidate className="space-y-2" data-testid="schedule-form">
        <input type="hidden" name="id" value={id} />
        <FormStatus state={state} />
        <ErrorSummary state={state} ids={{ scheduledAt: "scheduled-at", reason: "schedule-reason" }} />
        <TextField
          name="scheduledAt"
          id="scheduled-at"
          type="datetime-local"
          step={1}
          label="Thời điểm đăng (giờ Việt Nam)"
          required
          defaultValue={defaultAt}
          state={state}
        />
        <TextArea
          name="reason"
          id="schedule-reason"
          label={reason === "required" ? "Lý do đăng không qua duyệt" : "Lý do đăng không qua duyệt (nếu có)"}
          hint={
            reason === "required"
              ? "Bài chưa được người khác duyệt: cần nêu lý do (ít nhất 10 ký tự)."
              : "Để trống: bạn duyệt bài này khi hẹn giờ."
          }
          rows={2}
          maxLength={500}
          required={reason === "required"}
          state={state}
        />
        <SubmitButton pending={pending} pendingText="Đang hẹn giờ…" variant="secondary" testId="schedule-submit">
          {label}
        </SubmitButton>
      </form>
    </Fold>
  );
}
