// The password rule for every new password (new users, resets, own changes), after ASVS 5.0: 12 to 128
// characters (lib/auth/validation.ts), no composition rules, and not one of the ~49,000 most common
// passwords from breach corpora (shipped in @zxcvbn-ts/language-common, no network) nor the account's own
// e-mail. Server-only: the list is large and stays out of the browser bundles.
import "server-only";
import type { z } from "zod";
import { dictionary } from "@zxcvbn-ts/language-common";

export const COMMON_PASSWORD_MESSAGE = "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.";
export const EMAIL_AS_PASSWORD_MESSAGE = "Mật khẩu không được trùng với email.";

let common: Set<string> | undefined;

/** Case does not matter: "Password123456" is as guessable as "password123456". */
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}

/** The policy's refusal of a password (length is the schema's), or null. */
export function passwordPolicyProblem(password: string, email?: string): string | null {
  if (isCommonPassword(password)) return COMMON_PASSWORD_MESSAGE;
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return EMAIL_AS_PASSWORD_MESSAGE;
  return null;
}

/**
 * A zod refinement adding the policy to a schema's password field (`email` names the field holding the
 * account's e-mail, when the schema has one), so its message sits beside the field with the others.
 */
export function withPasswordPolicy<S extends z.ZodType<Record<string, unknown>>>(schema: S, field = "password", email?: string): S {
  return schema.superRefine((value, ctx) => {
    const password = value[field];
    if (typeof password !== "string") return;
    const problem = passwordPolicyProblem(password, email ?? (typeof value.email === "string" ? value.email : undefined));
    if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
  }) as unknown as S;
}
