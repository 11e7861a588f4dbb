// The workflow steps a page offers, rendered by their presentation kind (button, reason, schedule): the page
// passes what availableTransitions() returned and never decides itself which steps apply (lib/workflow).
import type { ActionState } from "@/lib/form/action-state";
import type { OfferedStep } from "@/lib/workflow/engine";
import { PublishWithReasonForm, ScheduleForm, StepButton } from "./workflow-forms";

type BoundAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function StepForms<N extends string>({
  steps,
  id,
  actionFor,
  scheduleDefault,
}: {
  steps: OfferedStep<N>[];
  id: number;
  /** The server action of one step (bound to its name). */
  actionFor: (step: N) => BoundAction;
  /** The time a schedule form starts with (datetime-local, Asia/Ho_Chi_Minh). */
  scheduleDefault: string;
}) {
  return (
    <>
      {steps.map((s) => {
        const action = actionFor(s.name);
        if (s.ui.form === "reason") return <PublishWithReasonForm key={s.name} action={action} id={id} label={s.label} summary={s.ui.summary} />;
        if (s.ui.form === "schedule") {
          return <ScheduleForm key={s.name} action={action} id={id} defaultAt={scheduleDefault} reason={s.ui.reason ?? "required"} label={s.label} summary={s.ui.summary} />;
        }
        return <StepButton key={s.name} action={action} id={id} label={s.label} pendingText={s.ui.pendingText} variant={s.ui.variant} testId={s.ui.testId} />;
      })}
    </>
  );
}
