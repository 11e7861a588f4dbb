// Text inputs and text areas of the form kit, refilled from the action's values. A password is never
// refilled: it is not sent back to the browser, not even the one just typed.
import { controlClass, describedBy, fieldId, FieldShell, refillValue, type FieldProps } from "./field-shell";

export type TextFieldType = "text" | "email" | "password" | "tel" | "url" | "number" | "date" | "datetime-local";

export type TextFieldProps = FieldProps & {
  type?: TextFieldType;
  inputMode?: "text" | "numeric" | "decimal" | "tel" | "email" | "url" | "search" | "none";
  autoComplete?: string;
  maxLength?: number;
  step?: number | "any";
  min?: number | string;
  max?: number | string;
  /** A format example for fields where a hint would be too much, e.g. "dd/mm/yyyy". */
  placeholder?: string;
  /** The id of a <datalist> of suggestions. */
  list?: string;
};

export function TextField({ type = "text", inputMode, autoComplete, maxLength, step, min, max, placeholder, list, ...p }: TextFieldProps) {
  const id = p.id ?? fieldId(p.name);
  const error = p.state?.errors?.[p.name];
  const value = type === "password" ? undefined : refillValue(p.state, p.name, p.defaultValue);
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className} hideLabel={p.hideLabel} compact={p.compact}>
      <input
        id={id}
        name={p.name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        maxLength={maxLength}
        step={step}
        min={min}
        max={max}
        placeholder={placeholder}
        list={list}
        required={p.required}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={controlClass(p.compact)}
      />
    </FieldShell>
  );
}

export function TextArea({ rows = 3, maxLength, ...p }: FieldProps & { rows?: number; maxLength?: number }) {
  const id = p.id ?? fieldId(p.name);
  const error = p.state?.errors?.[p.name];
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className} hideLabel={p.hideLabel} compact={p.compact}>
      <textarea
        id={id}
        name={p.name}
        rows={rows}
        maxLength={maxLength}
        required={p.required}
        defaultValue={refillValue(p.state, p.name, p.defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={controlClass(p.compact)}
      />
    </FieldShell>
  );
}
