"use client";
// The processing steps the workflow offers for this dossier (the page passes availableTransitions(); nothing
// here decides which apply). Each step is a small form folded under its summary, unfolded after a refusal:
// a note for the record (for the applicant or internal), what is missing for a supplement request (with the
// documents to ask for), the new date and letter of an apology. Works without JavaScript (details/summary).
import { useActionState } from "react";
import { CheckboxGroup, ErrorSummary, FormStatus, RadioGroup, SubmitButton, TextArea, TextField } from "@/app/_components/form";
import type { ActionState } from "@/lib/form/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type OfferedDossierStep = {
  name: string;
  label: string;
  ui: { summary?: string; variant?: "primary" | "secondary" | "danger"; reason?: "required" | "optional"; pendingText?: string };
};

const VISIBILITY = [
  { value: "applicant", label: "Công dân xem được khi tra cứu" },
  { value: "internal", label: "Chỉ nội bộ" },
] as const;

function StepForm({
  step,
  action,
  dossierId,
  documents,
  apology,
}: {
  step: OfferedDossierStep;
  action: Action;
  dossierId: number;
  documents: { id: number; name: string }[];
  apology: { newDueDate: string; letter: string };
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const prefix = `${step.name}-`;
  const id = (n: string) => `${prefix}${n}`;
  const noteRequired = step.ui.reason === "required";
  return (
    <details open={state.ok === false || undefined} className="rounded border border-gray-300 p-3" data-testid={`step-${step.name}`}>
      <summary className="cursor-pointer font-semibold text-brand">{step.ui.summary ?? step.label}</summary>
      <form action={formAction} noValidate className="mt-3 space-y-3">
        <input type="hidden" name="id" value={dossierId} />
        <FormStatus state={state} />
        <ErrorSummary state={state} idPrefix={prefix} />
        {step.name === "apologize" ? (
          <>
            <TextField name="newDueDate" id={id("newDueDate")} label="Ngày hẹn trả mới" hint="dd/mm/yyyy; sửa cả ngày trong thư nếu đổi." required maxLength={10} defaultValue={apology.newDueDate} state={state} />
            <TextArea name="letter" id={id("letter")} label="Thư xin lỗi (công dân xem được khi tra cứu, gửi qua email nếu có)" required rows={9} maxLength={5000} defaultValue={apology.letter} state={state} />
          </>
        ) : (
          <>
            <TextArea
              name="note"
              id={id("note")}
              label={step.name === "request_supplement" ? "Giấy tờ cần bổ sung (gửi cho công dân)" : noteRequired ? "Lý do, ghi chú" : "Ghi chú (nếu có)"}
              required={noteRequired}
              rows={3}
              maxLength={2000}
              state={state}
            />
            {step.name === "request_supplement" ? (
              documents.length ? (
                <CheckboxGroup
                  name="documentIds"
                  id={id("documentIds")}
                  legend="Giấy tờ công dân tải lên lại (không chọn: một tệp bổ sung chung)"
                  options={documents.map((d) => ({ value: String(d.id), label: d.name }))}
                  state={state}
                />
              ) : null
            ) : (
              <RadioGroup name="visibility" id={id("visibility")} legend="Ai xem được ghi chú" options={VISIBILITY} defaultValue="applicant" inline state={state} />
            )}
          </>
        )}
        <SubmitButton pending={pending} pendingText={step.ui.pendingText ?? "Đang lưu…"} variant={step.ui.variant ?? "primary"} testId={`step-submit-${step.name}`}>
          {step.label}
        </SubmitButton>
      </form>
    </details>
  );
}

export function DossierStepForms(props: {
  steps: OfferedDossierStep[];
  /** dossierStepAction bound to each offered step's name (bound in the page, a server component). */
  actions: Record<string, Action>;
  dossierId: number;
  documents: { id: number; name: string }[];
  apology: { newDueDate: string; letter: string };
}) {
  if (!props.steps.length) return <p className="text-muted">Hồ sơ đã kết thúc: không còn bước xử lý nào.</p>;
  return (
    <div className="space-y-3">
      {props.steps.map((s) => (
        <StepForm key={s.name} step={s} action={props.actions[s.name]!} dossierId={props.dossierId} documents={props.documents} apology={props.apology} />
      ))}
    </div>
  );
}
