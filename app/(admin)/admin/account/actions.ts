"use server";
// The signed-in user's own account ("account.update", every role): changing the password and enrolling a
// second step (TOTP). These stay open while the session still has an obligation (a demo password to change,
// an administrator's second step to enrol): they are how it is met. A password change bumps the session
// version, which ends every session of the user, this one included: the browser is sent to /login.
import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/auth/next-auth";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { formText } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { changeOwnPassword, confirmTwoStepEnrolment, startTwoStepEnrolment } from "@/lib/users/mutations";

const OPEN_WITH_OBLIGATION = { allowObligation: true } as const;

export async function changeOwnPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    "account.update",
    async (actor) => {
      const result = await changeOwnPassword(
        actor,
        formText(formData, "currentPassword", 300),
        formText(formData, "password", 300),
        formText(formData, "confirm", 300),
      );
      if (!result.ok) return failedState(result);
      // The token in this browser is already refused (version bumped); clear the cookie too. Throws the redirect.
      await signOut({ redirectTo: "/login?doi-mat-khau=1" });
      return { ok: true };
    },
    OPEN_WITH_OBLIGATION,
  );
}

/** The outcome of confirming enrolment: the ten recovery codes, shown once. */
export type TwoStepState = ActionState & { recoveryCodes?: string[] };

export async function startTwoStepAction(_prev: ActionState): Promise<ActionState> {
  return runAction(
    "account.update",
    async (actor) => {
      const result = await startTwoStepEnrolment(actor);
      if (!result.ok) return failedState(result);
      revalidatePath("/admin/account");
      return { ok: true, message: "Đã tạo khóa mới. Quét mã QR hoặc nhập khóa vào ứng dụng xác thực, rồi nhập mã 6 chữ số." };
    },
    OPEN_WITH_OBLIGATION,
  );
}

export async function confirmTwoStepAction(_prev: TwoStepState, formData: FormData): Promise<TwoStepState> {
  return runAction<TwoStepState>(
    "account.update",
    async (actor) => {
      const result = await confirmTwoStepEnrolment(actor, formText(formData, "code", 40));
      if (!result.ok) return failedState(result);
      revalidatePath("/admin/account");
      return { ok: true, message: "Đã bật xác thực hai bước.", recoveryCodes: result.value.recoveryCodes };
    },
    OPEN_WITH_OBLIGATION,
  );
}
