"use server";
// Sign-in and sign-out actions. Sign-in validates with zod, then lets next-auth's credentials provider
// (throttling, argon2 check) decide; failures never say whether the e-mail exists.
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { getCurrentActor } from "@/lib/auth/session";
import { signInInput } from "@/lib/auth/validation";
import { refusedState, type ActionState } from "@/lib/form/action-state";
import { formText } from "@/lib/form/form-data";
import { fieldErrors } from "@/lib/kernel/parse";
import { endAllSessions } from "@/lib/users/mutations";

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // The typed e-mail goes back to the form; the password never does.
  const raw = { email: formText(formData, "email", 300), password: formText(formData, "password", 300) };
  const values = { email: raw.email.slice(0, 254) };
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return refusedState(fieldErrors(parsed.error), values);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/admin" });
    return {};
  } catch (err) {
    if (err instanceof AuthError) {
      const code = err instanceof CredentialsSignin ? err.code : "";
      const minutes = /^throttled:(\d+)$/.exec(code ?? "")?.[1];
      return {
        ok: false,
        values: { email: parsed.data.email },
        message: minutes
          ? `Đăng nhập sai quá nhiều lần. Tài khoản tạm khóa, vui lòng thử lại sau ${minutes} phút.`
          : "Email hoặc mật khẩu không đúng.",
      };
    }
    throw err; // the redirect after a successful sign-in
  }
}

/** Signing out ends every session of the user (a copied token dies too), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  await endAllSessions(await getCurrentActor());
  await signOut({ redirectTo: "/login?da-dang-xuat=1" });
}
