// Form pieces of the media library and category forms: a live region for the outcome and fields whose
// error sits beside them (aria-invalid + aria-describedby), refilled from the action's values. Plain
// components (no hooks), usable from server and client components. Same props as the users area's fields,
// so both can move to app/_components/form/ together.
import type { ActionState } from "@/lib/form/action-state";
export { FormStatus } from "@/app/_components/form/form-status";

type FieldProps = {
  /** HTML name, also the key of errors and values in the action state. */
  name: string;
  label: string;
  state: ActionState;
  /** Unique on the page; defaults to the name. */
  id?: string;
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  maxLength?: number;
};

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

export function FieldShell({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? (
          <span className="text-accent" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {/* A live region per field: the message is read out when it appears beside the field. */}
      <div aria-live="polite">
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-800" data-field-error={id}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

const inputClass = "mt-1 w-full rounded border border-gray-400 px-3 py-2 aria-[invalid=true]:border-red-700";

export function TextField({ inputMode, ...p }: FieldProps & { inputMode?: "numeric" | "text" }) {
  const id = p.id ?? p.name;
  const error = p.state.errors?.[p.name];
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <input
        id={id}
        name={p.name}
        type="text"
        inputMode={inputMode}
        maxLength={p.maxLength}
        required={p.required}
        defaultValue={p.state.values?.[p.name] ?? p.defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function TextArea({ rows = 2, ...p }: FieldProps & { rows?: number }) {
  const id = p.id ?? p.name;
  const error = p.state.errors?.[p.name];
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <textarea
        id={id}
        name={p.name}
        rows={rows}
        maxLength={p.maxLength}
        required={p.required}
        defaultValue={p.state.values?.[p.name] ?? p.defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SubmitButton({
  pending,
  children,
  pendingText,
  variant = "primary",
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const look =
    variant === "primary" ? "bg-brand text-white" : variant === "danger" ? "border border-accent bg-white text-accent" : "border border-brand bg-white text-brand";
  return (
    <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${look}`}>
      {pending ? (pendingText ?? "Đang lưu…") : children}
    </button>
  );
}

/** A flash message chosen by the page's query string after a redirect (Post/Redirect/Get). */
export function Flash({ message, testId }: { message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <p role="status" data-testid={testId} className="mb-4 rounded bg-green-50 px-3 py-2 text-sm text-green-900">
      {message}
    </p>
  );
}
