// The outcome of a back-office form action, in a live region that is always rendered so screen readers
// announce the message when it appears. Shared by every admin form (news, media, categories, users…).
import type { ActionState } from "@/lib/form/action-state";

export function FormStatus({ state, testId }: { state: ActionState; testId?: string }) {
  return (
    <div aria-live="polite" data-testid={testId}>
      {state.message ? (
        <p className={`rounded px-3 py-2 text-sm ${state.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}>{state.message}</p>
      ) : null}
    </div>
  );
}
