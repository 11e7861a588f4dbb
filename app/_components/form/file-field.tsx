// A file input of the form kit. Its hint always states the allowed types and the largest size, because a
// refused upload costs the user the whole transfer. A browser never refills a file input after an error.
import { describedBy, fieldId, FieldShell, type FieldProps } from "./field-shell";

export function FileField({
  accept,
  allowed,
  maxSize,
  ...p
}: Omit<FieldProps, "defaultValue" | "compact"> & {
  /** The input's accept attribute (a browser filter only: the server checks the bytes). */
  accept: string;
  /** The allowed types as people say them, e.g. "JPEG, PNG, WebP hoặc GIF". */
  allowed: string;
  /** The largest size as people say it, e.g. "10 MB". */
  maxSize: string;
}) {
  const id = p.id ?? fieldId(p.name);
  const error = p.state?.errors?.[p.name];
  const hint = (
    <>
      {allowed}, tối đa {maxSize}.{p.hint ? <> {p.hint}</> : null}
    </>
  );
  return (
    <FieldShell id={id} label={p.label} hint={hint} error={error} required={p.required} className={p.className} hideLabel={p.hideLabel}>
      <input
        id={id}
        name={p.name}
        type="file"
        accept={accept}
        required={p.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-brand file:bg-white file:px-3 file:py-2 file:font-semibold file:text-brand"
      />
    </FieldShell>
  );
}
