// Reading a posted form in actions: a post may carry anything, so each field becomes one bounded string ("" when
// absent or a file), and files come out as files. Validation is the mutation's (lib/kernel/parse.ts).

export function formText(formData: FormData, name: string, max = 2000): string {
  const v = formData.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
}

/** Several text fields at once, each cut to its own maximum: `formValues(fd, { name: 300, email: 300 })`. */
export function formValues<K extends string>(formData: FormData, limits: Record<K, number>): Record<K, string> {
  return Object.fromEntries(Object.entries(limits).map(([k, max]) => [k, formText(formData, k, max as number)])) as Record<K, string>;
}

/** A checkbox: "on" when ticked, "" otherwise (as the form refills it). */
export function formCheckbox(formData: FormData, name: string): "on" | "" {
  return formText(formData, name, 10) ? "on" : "";
}

/** An uploaded file, or null when none was chosen (browsers send an empty part) or the part is text. */
export function formFile(formData: FormData, name: string): File | null {
  const v = formData.get(name);
  return v instanceof File && v.size > 0 ? v : null;
}

/** Every value of a repeated field (a checkbox group), each bounded, at most `maxItems` of them. */
export function formChoices(formData: FormData, name: string, { max = 200, maxItems = 50 } = {}): string[] {
  return formData
    .getAll(name)
    .slice(0, maxItems)
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.slice(0, max));
}
