// Schemas for sign-in and user management; shared by forms and server, no server imports.
import { z } from "zod";

export const ROLES = ["staff", "admin"] as const;
export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = { staff: "Biên tập viên", admin: "Quản trị viên" };

const email = z
  .string({ error: "Vui lòng nhập email." })
  .trim()
  .toLowerCase()
  .min(1, "Vui lòng nhập email.")
  .max(254, "Email quá dài.")
  .pipe(z.email("Email không hợp lệ."));

// ASVS 5.0: 12 to 128 characters, counted as a person counts them (code points), no composition rules.
// The common-password check is server-side (lib/auth/password-policy.ts): its list stays out of the browser.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const PASSWORD_HINT = `Từ ${PASSWORD_MIN} đến ${PASSWORD_MAX} ký tự; nên là một cụm từ dễ nhớ. Không dùng mật khẩu phổ biến.`;
export const passwordRule = z
  .string({ error: "Vui lòng nhập mật khẩu." })
  .refine((p) => p.length > 0, "Vui lòng nhập mật khẩu.")
  .refine((p) => p.length === 0 || [...p].length >= PASSWORD_MIN, `Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự.`)
  .refine((p) => [...p].length <= PASSWORD_MAX, `Mật khẩu không được dài quá ${PASSWORD_MAX} ký tự.`);

export const signInInput = z.object({
  email,
  password: z.string({ error: "Vui lòng nhập mật khẩu." }).min(1, "Vui lòng nhập mật khẩu.").max(256, "Mật khẩu quá dài."),
});

/** The second step of sign-in: a 6-digit code from the app, or a recovery code (xxxxx-xxxxx). */
export const secondStepInput = z.object({
  code: z
    .string({ error: "Vui lòng nhập mã xác thực." })
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().min(1, "Vui lòng nhập mã xác thực.").max(20, "Mã xác thực không đúng.")),
});

/** Confirming enrolment: the 6-digit code the app shows for the new key. */
export const totpCodeInput = z.object({
  code: z
    .string({ error: "Vui lòng nhập mã 6 chữ số." })
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Vui lòng nhập đúng mã 6 chữ số trong ứng dụng xác thực.")),
});

export const newUserInput = z.object({
  email,
  name: z.string({ error: "Vui lòng nhập họ tên." }).trim().min(2, "Vui lòng nhập họ tên.").max(120, "Họ tên quá dài."),
  password: passwordRule,
  role: z.enum(ROLES, { error: "Vai trò không hợp lệ." }),
});

export const changeRoleInput = z.object({ userId: z.coerce.number().int().positive(), role: z.enum(ROLES, { error: "Vai trò không hợp lệ." }) });
export const userIdInput = z.object({ userId: z.coerce.number().int().positive() });
export const resetPasswordInput = z.object({ userId: z.coerce.number().int().positive(), password: passwordRule });
export const changeOwnPasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(256, "Mật khẩu quá dài."),
    password: passwordRule,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Mật khẩu nhập lại không khớp." });
