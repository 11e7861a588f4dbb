// The frame of every form control (GOV.UK's form group): a label tied to the control, an optional hint, and
// the error beside the field inside a live region, so it is announced when it appears. The control itself
// points at hint and error (aria-describedby) and says when it is invalid. Plain components, no hooks.
import type { ActionState } from "@/lib/form/action-state";

/** Props shared by the kit's controls. Values refill from `state.values`, errors from `state.errors`. */
export type FieldProps = {
  /** HTML name, also the key of errors and values in the action state. */
  name: string;
  label: string;
  state?: ActionState;
  /** Unique on the page; defaults to fieldId(name). */
  id?: string;
  defaultValue?: string;
  hint?: React.ReactNode;
  required?: boolean;
  className?: string;
  /** The label is read by screen readers but not shown (a control whose purpose the layout makes plain). */
  hideLabel?: boolean;
  /** Smaller type and padding, for filter bars. */
  compact?: boolean;
};

/** The id of the control named `name`: indexed names ("rows.0.name") become "rows-0-name". */
export const fieldId = (name: string) => name.replace(/\./g, "-");

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids of a control's hint and error, for aria-describedby (undefined when it has neither). */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  return [hint ? hintId(id) : "", error ? errorId(id) : ""].filter(Boolean).join(" ") || undefined;
}

/** What the form should show in the field after an action: the value sent back, else the given default. */
export function refillValue(state: ActionState | undefined, name: string, defaultValue: string | undefined): string | undefined {
  return state?.values?.[name] ?? defaultValue;
}

export const controlClass = (compact?: boolean) =>
  `mt-1 w-full rounded border border-gray-400 aria-[invalid=true]:border-red-700 ${compact ? "px-2 py-1" : "px-3 py-2"}`;

export function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span className="text-accent" aria-hidden="true">
      {" "}
      *
    </span>
  ) : null;
}

export function FieldHint({ id, hint, compact }: { id: string; hint?: React.ReactNode; compact?: boolean }) {
  return hint ? (
    <p id={hintId(id)} className={`${compact ? "text-xs" : "text-sm"} text-muted`}>
      {hint}
    </p>
  ) : null;
}

/** The error beside a field. The live region is always there, so the message is read out when it appears. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return (
    <div aria-live="polite">
      {error ? (
        <p id={errorId(id)} className="mt-1 whitespace-pre-line text-sm font-semibold text-red-800" data-field-error={id}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  className,
  hideLabel,
  compact,
  children,
}: {
  id: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  hideLabel?: boolean;
  compact?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : `block font-semibold ${compact ? "text-sm" : ""}`}>
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldHint id={id} hint={hint} compact={compact} />
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}
