// The shape every admin form action returns, and helpers to build it: field errors from zod (shown beside
// the fields), a message for the live region, and authorisation failures turned into Vietnamese text.
import type { z } from "zod";

export type ActionState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
};

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export const INVALID_INPUT_MESSAGE = "Vui lòng kiểm tra lại các trường được đánh dấu.";
