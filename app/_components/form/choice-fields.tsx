// Checkboxes and radios of the form kit. A lone checkbox sits before its label; a group of them (or of
// radios) is a fieldset whose legend asks the question, with the hint and error wired to the fieldset
// (GOV.UK's pattern). The first option's id is the field's id, so the error summary's link lands on it.
import { splitChoices, type ActionState } from "@/lib/form/action-state";
import { describedBy, FieldError, FieldHint, fieldId, RequiredMark } from "./field-shell";

export type ChoiceOption = { value: string; label: string; hint?: string };

/** A lone checkbox, posted as "on" when ticked (formCheckbox reads it back). */
export function CheckboxField({
  name,
  label,
  state,
  defaultChecked,
  id: givenId,
  hint,
  className,
}: {
  name: string;
  label: string;
  state?: ActionState;
  defaultChecked?: boolean;
  id?: string;
  hint?: React.ReactNode;
  className?: string;
}) {
  const id = givenId ?? fieldId(name);
  const error = state?.errors?.[name];
  const checked = state?.values && name in state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="h-5 w-5"
        />
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
      </div>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

type GroupProps = {
  name: string;
  legend: string;
  options: readonly ChoiceOption[];
  state?: ActionState;
  id?: string;
  hint?: React.ReactNode;
  required?: boolean;
  className?: string;
  /** Options side by side rather than stacked (short labels such as Có / Không). */
  inline?: boolean;
};

/** The id of a group's i-th option: the field's own id for the first, then id-2, id-3… */
export const optionId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

function ChoiceGroup({
  type,
  isChecked,
  ...p
}: GroupProps & { type: "checkbox" | "radio"; isChecked: (value: string) => boolean }) {
  const id = p.id ?? fieldId(p.name);
  const error = p.state?.errors?.[p.name];
  return (
    <fieldset className={p.className} aria-describedby={describedBy(id, p.hint, error)}>
      <legend className="font-semibold">
        {p.legend}
        <RequiredMark required={p.required} />
      </legend>
      <FieldHint id={id} hint={p.hint} />
      <FieldError id={id} error={error} />
      <div className={`mt-1 ${p.inline ? "flex flex-wrap gap-x-6 gap-y-2" : "space-y-2"}`}>
        {p.options.map((o, i) => {
          const oid = optionId(id, i);
          return (
            <div key={o.value} className="flex items-start gap-2">
              <input
                id={oid}
                name={p.name}
                type={type}
                value={o.value}
                defaultChecked={isChecked(o.value)}
                // For radios, required on one makes the choice required; on checkboxes it would require each.
                required={type === "radio" ? p.required : undefined}
                aria-describedby={o.hint ? hintIdOf(oid) : undefined}
                className="mt-0.5 h-5 w-5 shrink-0"
              />
              <div>
                <label htmlFor={oid}>{o.label}</label>
                {o.hint ? (
                  <p id={hintIdOf(oid)} className="text-sm text-muted">
                    {o.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

const hintIdOf = (optionId: string) => `${optionId}-hint`;

/** Several checkboxes under one name; the action reads them with formChoices and sends them back joined (joinChoices). */
export function CheckboxGroup({ defaultValue = [], ...p }: GroupProps & { defaultValue?: readonly string[] }) {
  const chosen = p.state?.values && p.name in p.state.values ? splitChoices(p.state.values[p.name]) : defaultValue;
  return <ChoiceGroup {...p} type="checkbox" isChecked={(v) => chosen.includes(v)} />;
}

/** One choice among a few (up to about six; more belong in a SelectField). */
export function RadioGroup({ defaultValue, ...p }: GroupProps & { defaultValue?: string }) {
  const chosen = p.state?.values?.[p.name] ?? defaultValue;
  return <ChoiceGroup {...p} type="radio" isChecked={(v) => v === chosen} />;
}
