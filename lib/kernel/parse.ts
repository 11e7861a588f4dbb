// The one place input is parsed: every mutation in lib/ parses what it is given with its zod schema here,
// whoever calls it (a form action, a CLI, the scheduler, a test). Actions pass raw values through; they do
// not validate on their own, so no path can skip the rules.
import type { z } from "zod";
import { fail, FORM, type FieldErrors } from "./result";

/** zod issues as Vietnamese messages by field: the first message per field, nested paths joined by ".". */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || FORM;
    out[key] ??= issue.message;
  }
  return out;
}

/** A record id as a form posts it ("12") or as code passes it (12); null for anything else. */
export function parseRecordId(id: unknown): number | null {
  const n = typeof id === "number" ? id : typeof id === "string" && /^[1-9]\d{0,14}$/.test(id) ? Number(id) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : fail(fieldErrors(parsed.error));
}
