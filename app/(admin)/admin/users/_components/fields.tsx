// Form pieces for the back-office forms of users, account and settings: a live region for the outcome and
// fields whose error sits beside them (aria-invalid + aria-describedby), refilled from the action's values.
// Plain components (no hooks), usable from server and client components alike.
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
};

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function FieldShell({ id, label, hint, error, required, className, children }: { id: string; label: string; hint?: string; error?: string; required?: boolean; className?: string; children: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? <span className="text-accent" aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800" data-field-error={id}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

const inputClass = "mt-1 w-full rounded border border-gray-400 px-3 py-2 aria-[invalid=true]:border-red-700";

export function TextField({
  type = "text",
  autoComplete,
  maxLength,
  ...p
}: FieldProps & { type?: "text" | "email" | "password" | "tel"; autoComplete?: string; maxLength?: number }) {
  const id = p.id ?? p.name;
  const error = p.state.errors?.[p.name];
  // Passwords are never sent back to the browser, not even the one just typed.
  const value = type === "password" ? undefined : (p.state.values?.[p.name] ?? p.defaultValue);
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <input
        id={id}
        name={p.name}
        type={type}
        autoComplete={autoComplete}
        maxLength={maxLength}
        required={p.required}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SelectField({ options, ...p }: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const id = p.id ?? p.name;
  const error = p.state.errors?.[p.name];
  const value = p.state.values?.[p.name] ?? p.defaultValue;
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <select
        // React applies a select's defaultValue only at mount, and resets the form to it after each action:
        // remount when it changes, so the choice just saved (or typed before an error) stays selected.
        key={value}
        id={id}
        name={p.name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function SubmitButton({ pending, children, pendingText, variant = "primary" }: { pending: boolean; children: React.ReactNode; pendingText?: string; variant?: "primary" | "secondary" | "danger" }) {
  const look =
    variant === "primary"
      ? "bg-brand text-white"
      : variant === "danger"
        ? "border border-accent bg-white text-accent"
        : "border border-brand bg-white text-brand";
  return (
    <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${look}`}>
      {pending ? (pendingText ?? "Đang lưu…") : children}
    </button>
  );
}
