"use server";
// Sign-in and sign-out actions. Sign-in validates with zod, then lets next-auth's credentials provider
// (throttling, argon2 check) decide; failures never say whether the e-mail exists.
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { getCurrentActor } from "@/lib/auth/session";
import { signInInput } from "@/lib/auth/validation";
import { endAllSessions } from "@/lib/users/mutations";

export type SignInState = { email?: string; message?: string; errors?: Partial<Record<"email" | "password", string>> };

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const raw = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) {
    const errors: SignInState["errors"] = {};
    for (const i of parsed.error.issues) errors[i.path[0] as "email" | "password"] ??= i.message;
    return { email: raw.email.slice(0, 254), errors };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/admin" });
    return {};
  } catch (err) {
    if (err instanceof AuthError) {
      const code = err instanceof CredentialsSignin ? err.code : "";
      const minutes = /^throttled:(\d+)$/.exec(code ?? "")?.[1];
      return {
        email: parsed.data.email,
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
