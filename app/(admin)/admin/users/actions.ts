"use server";
// Users admin actions (administrators only): each checks the session and "users.manage" itself (runAction),
// parses with lib/auth/validation.ts and hands over to lib/users/mutations.ts, which checks again.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/form/run-action";
import { fieldErrors, INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import { changeRoleInput, newUserInput, resetPasswordInput, ROLE_LABELS, userIdInput } from "@/lib/auth/validation";
import { changeUserRole, createUser, resetUserPassword, setUserActive } from "@/lib/users/mutations";
import { formText } from "./_components/form-data";

const PAGE = "/admin/users";

export async function createUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // Typed values go back to the form on error; the password never does.
  const values = { email: formText(formData, "email", 300), name: formText(formData, "name", 300), role: formText(formData, "role", 20) };
  return runAction("users.manage", async (actor) => {
    const parsed = newUserInput.safeParse({ ...values, password: formText(formData, "password", 300) });
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, message: INVALID_INPUT_MESSAGE };
    const result = await createUser(actor, parsed.data);
    if (!result.ok) return { ok: false, errors: result.errors, values, message: INVALID_INPUT_MESSAGE };
    revalidatePath(PAGE);
    return { ok: true, message: `Đã tạo tài khoản ${parsed.data.email} (${ROLE_LABELS[parsed.data.role]}).` };
  });
}

export async function changeRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { role: formText(formData, "role", 20) };
  return runAction("users.manage", async (actor) => {
    const parsed = changeRoleInput.safeParse({ userId: formText(formData, "userId", 20), ...values });
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, message: INVALID_INPUT_MESSAGE };
    const result = await changeUserRole(actor, parsed.data.userId, parsed.data.role);
    if (!result.ok) return { ok: false, errors: result.errors, values, message: Object.values(result.errors)[0] };
    revalidatePath(PAGE);
    return { ok: true, values, message: `Đã đổi vai trò thành ${ROLE_LABELS[parsed.data.role]}. Phiên đăng nhập của người này đã kết thúc.` };
  });
}

export async function setActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("users.manage", async (actor) => {
    const parsed = userIdInput.safeParse({ userId: formText(formData, "userId", 20) });
    const active = formText(formData, "active", 5);
    if (!parsed.success || (active !== "1" && active !== "0")) return { ok: false, message: "Yêu cầu không hợp lệ." };
    const result = await setUserActive(actor, parsed.data.userId, active === "1");
    if (!result.ok) return { ok: false, errors: result.errors, message: Object.values(result.errors)[0] };
    revalidatePath(PAGE);
    return {
      ok: true,
      message: active === "1" ? "Đã mở khóa tài khoản." : "Đã khóa tài khoản. Mọi phiên đăng nhập của người này đã kết thúc.",
    };
  });
}

export async function resetPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("users.manage", async (actor) => {
    const parsed = resetPasswordInput.safeParse({ userId: formText(formData, "userId", 20), password: formText(formData, "password", 300) });
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), message: INVALID_INPUT_MESSAGE };
    const result = await resetUserPassword(actor, parsed.data.userId, parsed.data.password);
    if (!result.ok) return { ok: false, errors: result.errors, message: Object.values(result.errors)[0] };
    revalidatePath(PAGE);
    return { ok: true, message: "Đã đặt lại mật khẩu. Mọi phiên đăng nhập của người này đã kết thúc." };
  });
}
