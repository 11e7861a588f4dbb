// The one result type of every write in lib/: a value, or Vietnamese messages keyed by form field ("_form"
// for the whole form). Pure (no server imports), so forms and tests share it.

export type FieldErrors = Record<string, string>;
export type Result<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The key of a message about the whole form rather than one field. */
export const FORM = "_form";

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (errors: FieldErrors): { ok: false; errors: FieldErrors } => ({ ok: false, errors });
/** A refusal of the whole form, with one message. */
export const failForm = (message: string) => fail({ [FORM]: message });

/**
 * A refusal decided inside a transaction: throwing it rolls the transaction back and `runInTransaction`
 * turns it into `{ ok: false, errors }`. Nothing is half-saved.
 */
export class Refusal extends Error {
  constructor(readonly errors: FieldErrors) {
    super(Object.values(errors)[0] ?? "refused");
    this.name = "Refusal";
  }
}

/** Refuses with field errors, or with one message for the whole form. */
export function refuse(errors: FieldErrors | string): never {
  throw new Refusal(typeof errors === "string" ? { [FORM]: errors } : errors);
}

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;
