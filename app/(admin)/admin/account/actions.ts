"use server";
// Changing one's own password (any signed-in user, "account.update"). Success bumps the session version,
// which ends every session of the user, this one included: the browser is signed out and sent to /login.
import { signOut } from "@/lib/auth/next-auth";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { formText } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { changeOwnPassword } from "@/lib/users/mutations";

export async function changeOwnPasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("account.update", async (actor) => {
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
  });
}
