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

export const passwordRule = z
  .string({ error: "Vui lòng nhập mật khẩu." })
  .min(10, "Mật khẩu phải có ít nhất 10 ký tự.")
  .max(200, "Mật khẩu quá dài.");

export const signInInput = z.object({
  email,
  password: z.string({ error: "Vui lòng nhập mật khẩu." }).min(1, "Vui lòng nhập mật khẩu.").max(200, "Mật khẩu quá dài."),
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
    currentPassword: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại."),
    password: passwordRule,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Mật khẩu nhập lại không khớp." });
