// Repeated row groups in a posted form (indicator rows, recipient lists): fields named "rows.0.name",
// "rows.1.name"… Read in order, blank rows dropped, and sent back flattened so that an error keyed
// "rows.3.name" (zod's path joined by ".") lands beside the row the form shows at index 3. Pure.

export type RowValues<F extends string = string> = Record<F, string>;

/** The name of one field of one row: rowFieldName("rows", 3, "name") === "rows.3.name". */
export const rowFieldName = (name: string, index: number | string, field: string) => `${name}.${index}.${field}`;

const isBlank = (row: Record<string, string>) => Object.values(row).every((v) => v.trim() === "");

/**
 * The rows of list `name` from a post: each field cut to its own maximum, rows where every field is blank
 * left out (the form always offers a few blank ones), at most `maxRows` read.
 */
export function formRows<F extends string>(formData: FormData, name: string, limits: Record<F, number>, maxRows = 100): RowValues<F>[] {
  const rows: RowValues<F>[] = [];
  for (let i = 0; i < maxRows; i++) {
    const row = Object.fromEntries(
      Object.entries(limits).map(([field, max]) => {
        const v = formData.get(rowFieldName(name, i, field));
        return [field, typeof v === "string" ? v.slice(0, max as number) : ""];
      }),
    ) as RowValues<F>;
    if (!isBlank(row)) rows.push(row);
  }
  return rows;
}

/** Rows as ActionState values ("rows.0.name": "…"), so the form refills them in the order they were parsed. */
export function rowValues(name: string, rows: readonly Record<string, string>[]): Record<string, string> {
  const out: Record<string, string> = {};
  rows.forEach((row, i) => {
    for (const [field, value] of Object.entries(row)) out[rowFieldName(name, i, field)] = value;
  });
  return out;
}

/** The rows of list `name` held in ActionState values, or null when the values hold none of them. */
export function rowsFromValues(values: Record<string, string> | undefined, name: string, fields: readonly string[]): RowValues[] | null {
  if (!values) return null;
  const prefix = `${name}.`;
  let count = -1;
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue;
    const index = Number(key.slice(prefix.length).split(".")[0]);
    if (Number.isInteger(index) && index >= 0 && index < 1000) count = Math.max(count, index);
  }
  if (count < 0) return null;
  return Array.from({ length: count + 1 }, (_, i) => Object.fromEntries(fields.map((f) => [f, values[rowFieldName(name, i, f)] ?? ""])));
}
