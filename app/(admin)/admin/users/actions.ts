"use server";
// Users admin actions (administrators only): each checks the session and "users.manage" itself (runAction)
// and hands the posted values to lib/users/mutations.ts, which checks again and parses them.
import { revalidatePath } from "next/cache";
import { ROLE_LABELS } from "@/lib/auth/validation";
import { BAD_REQUEST_MESSAGE, failedState, INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import type { Result } from "@/lib/kernel/result";
import { formText, formValues } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { changeUserRole, createUser, resetSecondStep, resetUserPassword, setUserActive } from "@/lib/users/mutations";

const PAGE = "/admin/users";

/**
 * A refusal in one row's small form: a field error stays beside its field (the status says "check the
 * field", not the same words again); a refusal about the account itself (userId) or the whole form is the status.
 */
function rowRefusal(result: Extract<Result, { ok: false }>, values?: Record<string, string>): ActionState {
  return { ...failedState(result, values), message: result.errors._form ?? result.errors.userId ?? INVALID_INPUT_MESSAGE };
}

export async function createUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // Typed values go back to the form on error; the password never does.
  const values = formValues(formData, { email: 300, name: 300, role: 20 });
  return runAction("users.manage", async (actor) => {
    const result = await createUser(actor, { ...values, password: formText(formData, "password", 300) });
    if (!result.ok) return failedState(result, values);
    revalidatePath(PAGE);
    const role = ROLE_LABELS[values.role as keyof typeof ROLE_LABELS] ?? values.role;
    return { ok: true, message: `Đã tạo tài khoản ${values.email.trim().toLowerCase()} (${role}).` };
  });
}

export async function changeRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, { role: 20 });
  return runAction("users.manage", async (actor) => {
    const result = await changeUserRole(actor, formText(formData, "userId", 20), values.role);
    if (!result.ok) return rowRefusal(result, values);
    revalidatePath(PAGE);
    const role = ROLE_LABELS[values.role as keyof typeof ROLE_LABELS];
    return { ok: true, values, message: `Đã đổi vai trò thành ${role}. Phiên đăng nhập của người này đã kết thúc.` };
  });
}

export async function setActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("users.manage", async (actor) => {
    const active = formText(formData, "active", 5);
    if (active !== "1" && active !== "0") return { ok: false, message: BAD_REQUEST_MESSAGE };
    const result = await setUserActive(actor, formText(formData, "userId", 20), active === "1");
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
    const result = await resetUserPassword(actor, formText(formData, "userId", 20), formText(formData, "password", 300));
    if (!result.ok) return rowRefusal(result);
    revalidatePath(PAGE);
    return { ok: true, message: "Đã đặt lại mật khẩu. Mọi phiên đăng nhập của người này đã kết thúc." };
  });
}

export async function resetSecondStepAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("users.manage", async (actor) => {
    const result = await resetSecondStep(actor, formText(formData, "userId", 20));
    if (!result.ok) return rowRefusal(result);
    revalidatePath(PAGE);
    return { ok: true, message: "Đã đặt lại xác thực hai bước. Mọi phiên đăng nhập của người này đã kết thúc." };
  });
}
