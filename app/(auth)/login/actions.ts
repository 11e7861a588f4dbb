"use server";
// Sign-in in two steps and sign-out. Step 1 (e-mail, password) and step 2 (a code, when the account has a
// second step) are decided by lib/auth/sign-in.ts; between them an HttpOnly pending-sign-in cookie stands
// for the checked password, so it is never sent again. Only a session opened after every check is handed
// to next-auth. Failures never say whether the e-mail exists.
import { AuthError } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { PENDING_COOKIE, PENDING_SECONDS } from "@/lib/auth/pending-sign-in";
import { getSessionState } from "@/lib/auth/session";
import { signInWithCode, signInWithPassword, type From } from "@/lib/auth/sign-in";
import { secondStepInput, signInInput } from "@/lib/auth/validation";
import { refusedState, type ActionState } from "@/lib/form/action-state";
import { formText } from "@/lib/form/form-data";
import { clientAddress } from "@/lib/http/request";
import { fieldErrors } from "@/lib/kernel/parse";
import { siteUrl } from "@/lib/env";
import { endAllSessions } from "@/lib/users/mutations";

async function requestFrom(): Promise<From> {
  const h = await headers();
  return { ip: clientAddress(h), userAgent: h.get("user-agent") ?? "" };
}

/** Hands an opened session to next-auth, which sets the session cookie and throws the redirect to /admin. */
async function finishSignIn(sid: string): Promise<ActionState> {
  try {
    await signIn("credentials", { sid, redirectTo: "/admin" });
  } catch (err) {
    // Only if the session could not be claimed (it is claimed at once, so this should not happen).
    if (err instanceof AuthError) return { ok: false, message: "Không thể đăng nhập lúc này. Vui lòng thử lại." };
    throw err; // the redirect
  }
  return {};
}

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  // The typed e-mail goes back to the form; the password never does.
  const raw = { email: formText(formData, "email", 300), password: formText(formData, "password", 300) };
  const values = { email: raw.email.slice(0, 254) };
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) return refusedState(fieldErrors(parsed.error), values);
  const step = await signInWithPassword(parsed.data, await requestFrom());
  if (step.kind === "refused") return { ok: false, values: { email: parsed.data.email }, message: step.message };
  if (step.kind === "second_step") {
    (await cookies()).set(PENDING_COOKIE, step.pending, {
      httpOnly: true,
      sameSite: "lax",
      secure: siteUrl().startsWith("https://"),
      path: "/login",
      maxAge: PENDING_SECONDS,
    });
    redirect("/login/two-step");
  }
  return finishSignIn(step.sid);
}

export async function secondStepAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const raw = { code: formText(formData, "code", 40) };
  const parsed = secondStepInput.safeParse(raw);
  if (!parsed.success) return refusedState(fieldErrors(parsed.error));
  const jar = await cookies();
  const step = await signInWithCode(jar.get(PENDING_COOKIE)?.value, parsed.data, await requestFrom());
  if (step.kind === "expired") {
    jar.delete({ name: PENDING_COOKIE, path: "/login" });
    redirect("/login?het-han=1");
  }
  if (step.kind === "refused") return { ok: false, errors: { code: step.message }, message: step.message };
  jar.delete({ name: PENDING_COOKIE, path: "/login" });
  return finishSignIn(step.sid);
}

/** Signing out ends every session of the user (a copied token dies too), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  await endAllSessions((await getSessionState())?.actor ?? null);
  await signOut({ redirectTo: "/login?da-dang-xuat=1" });
}
