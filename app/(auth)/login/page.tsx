// /login: staff sign-in, step 1 (e-mail and password; step 2 is /login/two-step). Already signed-in users
// go straight to the admin area (which sends a session with an obligation on to /admin/account).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionState } from "@/lib/auth/session";
import { Flash } from "@/app/_components/form";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Đăng nhập quản trị", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getSessionState()) redirect("/admin");
  const params = await searchParams;
  const signedOut = params["da-dang-xuat"] !== undefined;
  // Set by /admin/account after a password change, which ends every session of the user.
  const passwordChanged = params["doi-mat-khau"] !== undefined;
  // Set when the step-2 page finds the pending sign-in gone (five minutes passed, or the account changed).
  const expired = params["het-han"] !== undefined;
  return (
    <main id="noi-dung" className="mx-auto max-w-md px-4 py-12">
      <p>
        <a href="/">‹ Về trang chủ</a>
      </p>
      <h1 className="mt-4 text-2xl font-bold">Đăng nhập quản trị</h1>
      <Flash
        className="mt-2"
        testId={passwordChanged ? "password-changed" : undefined}
        message={
          passwordChanged
            ? "Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới."
            : expired
              ? "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."
              : signedOut
                ? "Bạn đã đăng xuất."
                : undefined
        }
      />
      <LoginForm />
    </main>
  );
}
