"use server";
// Changing one's own password (any signed-in user, "account.update"). Success bumps the session version,
// which ends every session of the user, this one included: the browser is signed out and sent to /login.
import { signOut } from "@/lib/auth/next-auth";
import { changeOwnPasswordInput } from "@/lib/auth/validation";
import { fieldErrors, INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import { runAction } from "@/lib/form/run-action";
import { changeOwnPassword } from "@/lib/users/mutations";
import { formText } from "../users/_components/form-data";

export async function changeOwnPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("account.update", async (actor) => {
    const parsed = changeOwnPasswordInput.safeParse({
      currentPassword: formText(formData, "currentPassword", 300),
      password: formText(formData, "password", 300),
      confirm: formText(formData, "confirm", 300),
    });
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), message: INVALID_INPUT_MESSAGE };
    const result = await changeOwnPassword(actor, parsed.data.currentPassword, parsed.data.password);
    if (!result.ok) return { ok: false, errors: result.errors, message: INVALID_INPUT_MESSAGE };
    // The token in this browser is already refused (version bumped); clear the cookie too. Throws the redirect.
    await signOut({ redirectTo: "/login?doi-mat-khau=1" });
    return { ok: true };
  });
}
