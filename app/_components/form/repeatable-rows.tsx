"use client";
// A list of row groups (conference indicator rows, award recipients): each row a fieldset of fields named
// "<name>.<index>.<field>", read in the action with formRows() and sent back with rowValues() (lib/form/rows.ts).
// Without JavaScript it renders the given rows plus a few blank ones, and the form works as it is; with
// JavaScript, buttons add and remove rows. Errors keyed "<name>.3.<field>" show beside row 3's field,
// "<name>.3" on the row, "<name>" on the whole list.
import { useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { rowFieldName, rowsFromValues } from "@/lib/form/rows";
import { describedBy, FieldError, FieldHint, fieldId, RequiredMark } from "./field-shell";
import { SelectField, type SelectOption } from "./select-field";
import { TextField, type TextFieldProps } from "./text-field";

/**
 * One field of every row. With `options` it is a select, otherwise a text input of `type`; "hidden" carries a
 * stored row's identity (e.g. its id) through the post, so an edited row stays the same record.
 */
export type RowField = {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
  type?: TextFieldProps["type"] | "hidden";
  inputMode?: TextFieldProps["inputMode"];
  maxLength?: number;
  step?: number | "any";
  options?: readonly SelectOption[];
};

export type RepeatableRowsProps = {
  /** The list's name: fields are posted as `${name}.${index}.${field}`. */
  name: string;
  /** The question the list answers, as the legend of its fieldset. */
  legend: string;
  /** What one row is called; row legends read "<rowLabel> 1", "<rowLabel> 2"… */
  rowLabel: string;
  fields: readonly RowField[];
  /** The rows stored so far (ignored when the state sends rows back after an error). */
  rows?: readonly Record<string, string>[];
  state?: ActionState;
  hint?: React.ReactNode;
  required?: boolean;
  /** Blank rows offered after the filled ones, so more can be typed without JavaScript. */
  blankRows?: number;
  maxRows?: number;
  addLabel?: string;
  removeLabel?: string;
  className?: string;
};

type Row = {
  /** React key and id part: the posted index for rows the server rendered, "n1", "n2"… for rows added here. */
  key: string;
  /** The index this row had in the last post, which its errors are keyed by; null for rows added here. */
  origin: number | null;
  values: Record<string, string>;
};

function startRows({ name, fields, rows = [], state, blankRows = 3, maxRows = 50 }: RepeatableRowsProps): Row[] {
  const filled = rowsFromValues(state?.values, name, fields.map((f) => f.name)) ?? rows.map((r) => ({ ...r }));
  // Never fewer rows than are filled: a stored list longer than maxRows is shown whole.
  const total = Math.max(filled.length, Math.min(maxRows, filled.length + blankRows));
  return Array.from({ length: total }, (_, i) => ({ key: String(i), origin: i, values: filled[i] ?? {} }));
}

export function RepeatableRows(props: RepeatableRowsProps) {
  const { name, legend, rowLabel, fields, state, hint, required, maxRows = 50, addLabel = "Thêm dòng", removeLabel = "Xóa", className } = props;
  const listId = fieldId(name);
  const [rows, setRows] = useState(() => startRows(props));
  // A new action result (errors, or values to refill) starts the rows again from it.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setRows(startRows(props));
  }
  // The add and remove buttons need JavaScript: they appear only once it runs.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const added = useRef(0);
  const focusKey = useRef<string | null>(null);
  useEffect(() => {
    if (!focusKey.current) return;
    document.getElementById(`${listId}-${focusKey.current}-${fields.find((f) => f.type !== "hidden")?.name}`)?.focus();
    focusKey.current = null;
  }, [rows, listId, fields]);

  const listError = state?.errors?.[name];
  return (
    <fieldset className={className} aria-describedby={describedBy(listId, hint, listError)} data-testid={`${listId}-rows`}>
      <legend className="font-semibold">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldHint id={listId} hint={hint} />
      <FieldError id={listId} error={listError} />
      <ol className="mt-2 space-y-3">
        {rows.map((row, position) => {
          const rowId = `${listId}-${row.key}`;
          const errorOf = (key: string) => (row.origin === null ? undefined : state?.errors?.[key]);
          const rowError = errorOf(`${name}.${row.origin}`);
          return (
            <li key={row.key} data-testid="repeatable-row">
              <fieldset className="rounded border border-gray-300 p-3" aria-describedby={rowError ? `${rowId}-error` : undefined}>
                <legend className="px-1 text-sm font-semibold">
                  {rowLabel} {position + 1}
                </legend>
                <FieldError id={rowId} error={rowError} />
                <div className="grid gap-3 md:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]">
                  {fields.map((f) => {
                    const fieldName = rowFieldName(name, position, f.name);
                    const error = errorOf(rowFieldName(name, row.origin ?? "", f.name));
                    // The error is keyed by the row's last posted index; the field shows it under its current name.
                    const fieldState: ActionState = error ? { errors: { [fieldName]: error } } : {};
                    if (f.type === "hidden") return <input key={f.name} type="hidden" name={fieldName} defaultValue={row.values[f.name] ?? ""} />;
                    const common = { name: fieldName, id: `${rowId}-${f.name}`, label: f.label, hint: f.hint, required: f.required, defaultValue: row.values[f.name] ?? "", state: fieldState };
                    return f.options ? (
                      <SelectField key={f.name} {...common} options={f.options} />
                    ) : (
                      <TextField key={f.name} {...common} type={f.type} inputMode={f.inputMode} maxLength={f.maxLength} step={f.step} />
                    );
                  })}
                </div>
                {enhanced ? (
                  <button
                    type="button"
                    className="mt-2 text-sm text-accent underline"
                    onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                  >
                    {removeLabel} {rowLabel.toLowerCase()} {position + 1}
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {enhanced ? (
        <button
          type="button"
          disabled={rows.length >= maxRows}
          className="mt-3 rounded border border-brand bg-white px-3 py-1 font-semibold text-brand disabled:opacity-60"
          onClick={() => {
            const key = `n${++added.current}`;
            focusKey.current = key;
            setRows((rs) => [...rs, { key, origin: null, values: {} }]);
          }}
        >
          {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
