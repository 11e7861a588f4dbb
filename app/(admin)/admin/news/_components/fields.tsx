// Form pieces of the newsroom forms: a live region for the outcome, and fields whose error sits beside them
// (aria-invalid + aria-describedby), refilled from the values the action sent back. No hooks: usable from
// server and client components.
import type { ActionState } from "@/lib/form/action-state";
export { FormStatus } from "@/app/_components/form/form-status";

type FieldProps = {
  name: string;
  label: string;
  state: ActionState;
  id?: string;
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  className?: string;
};

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm text-red-800" data-field-error={id}>
      {error}
    </p>
  ) : null;
}

function Shell({ id, label, hint, error, required, className, children }: { id: string; label: string; hint?: string; error?: string; required?: boolean; className?: string; children: React.ReactNode }) {
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
      <FieldError id={id} error={error} />
    </div>
  );
}

const inputClass = "mt-1 w-full rounded border border-gray-400 px-3 py-2 aria-[invalid=true]:border-red-700";

export function TextField({ type = "text", maxLength, step, ...p }: FieldProps & { type?: "text" | "datetime-local"; maxLength?: number; step?: number }) {
  const id = p.id ?? p.name;
  const error = p.state.errors?.[p.name];
  return (
    <Shell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <input
        id={id}
        name={p.name}
        type={type}
        maxLength={maxLength}
        step={step}
        required={p.required}
        defaultValue={p.state.values?.[p.name] ?? p.defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={inputClass}
      />
    </Shell>
  );
}

export function TextArea({ rows = 3, maxLength, ...p }: FieldProps & { rows?: number; maxLength?: number }) {
  const id = p.id ?? p.name;
  const error = p.state.errors?.[p.name];
  return (
    <Shell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <textarea
        id={id}
        name={p.name}
        rows={rows}
        maxLength={maxLength}
        required={p.required}
        defaultValue={p.state.values?.[p.name] ?? p.defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={inputClass}
      />
    </Shell>
  );
}

export function SelectField({ options, ...p }: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const id = p.id ?? p.name;
  const error = p.state.errors?.[p.name];
  return (
    <Shell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className}>
      <select
        id={id}
        name={p.name}
        defaultValue={p.state.values?.[p.name] ?? p.defaultValue}
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
    </Shell>
  );
}

export function CheckboxField({ name, label, state, defaultChecked, id }: { name: string; label: string; state: ActionState; defaultChecked?: boolean; id?: string }) {
  const checked = state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <div className="flex items-center gap-2">
      <input id={id ?? name} name={name} type="checkbox" defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={id ?? name} className="font-semibold">
        {label}
      </label>
    </div>
  );
}

export function SubmitButton({
  pending,
  children,
  pendingText,
  variant = "primary",
  testId,
}: {
  pending: boolean;
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
  testId?: string;
}) {
  const look =
    variant === "primary" ? "bg-brand text-white" : variant === "danger" ? "border border-accent bg-white text-accent" : "border border-brand bg-white text-brand";
  return (
    <button type="submit" disabled={pending} data-testid={testId} className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${look}`}>
      {pending ? (pendingText ?? "Đang lưu…") : children}
    </button>
  );
}
