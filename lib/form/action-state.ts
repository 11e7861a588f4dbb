// The shape every form action returns to its form, and the one way to build it from a mutation's Result:
// field errors shown beside the fields (and in the form's error summary), a message for the live region,
// and the typed values to refill the form with.
import type { FieldErrors, Result } from "@/lib/kernel/result";

export type ActionState = {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
};

export const INVALID_INPUT_MESSAGE = "Vui lòng kiểm tra lại các trường được đánh dấu.";
export const BAD_REQUEST_MESSAGE = "Yêu cầu không hợp lệ. Vui lòng tải lại trang.";

/** A refusal as the form shows it: the whole-form message when there is one, else "check the fields". */
export function refusedState(errors: FieldErrors, values?: Record<string, string>): ActionState {
  return { ok: false, errors, values, message: errors._form ?? INVALID_INPUT_MESSAGE };
}

/** A failed Result as form state (success is the caller's: it redirects or says what was done). */
export function failedState(result: Extract<Result<unknown>, { ok: false }>, values?: Record<string, string>): ActionState {
  return refusedState(result.errors, values);
}

// A multi-choice field (checkbox group) goes back to the form as one value: its choices joined by a newline,
// which no option code contains.
export const joinChoices = (choices: readonly string[]): string => choices.join("\n");
export const splitChoices = (value: string | undefined): string[] => (value ? value.split("\n") : []);
