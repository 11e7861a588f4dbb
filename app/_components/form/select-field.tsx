// A select of the form kit. React applies a select's defaultValue only when it mounts, and resets the form
// to it after each action: the select remounts (key) whenever its value changes, so the option just saved,
// or chosen before an error, stays selected.
import { controlClass, describedBy, fieldId, FieldShell, refillValue, type FieldProps } from "./field-shell";

export type SelectOption = { value: string; label: string };

export function SelectField({ options, ...p }: FieldProps & { options: readonly SelectOption[] }) {
  const id = p.id ?? fieldId(p.name);
  const error = p.state?.errors?.[p.name];
  const value = refillValue(p.state, p.name, p.defaultValue);
  return (
    <FieldShell id={id} label={p.label} hint={p.hint} error={error} required={p.required} className={p.className} hideLabel={p.hideLabel} compact={p.compact}>
      <select
        key={value}
        id={id}
        name={p.name}
        required={p.required}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
        className={controlClass(p.compact)}
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
