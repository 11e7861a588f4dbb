// /login: staff sign-in. Already signed-in users go straight to the admin area.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/session";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Đăng nhập quản trị", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getCurrentActor()) redirect("/admin");
  const params = await searchParams;
  const signedOut = params["da-dang-xuat"] !== undefined;
  // Set by /admin/account after a password change, which ends every session of the user.
  const passwordChanged = params["doi-mat-khau"] !== undefined;
  return (
    <main id="noi-dung" className="mx-auto max-w-md px-4 py-12">
      <p>
        <a href="/">‹ Về trang chủ</a>
      </p>
      <h1 className="mt-4 text-2xl font-bold">Đăng nhập quản trị</h1>
      {signedOut ? <p className="mt-2 rounded bg-green-50 px-3 py-2 text-sm text-green-900">Bạn đã đăng xuất.</p> : null}
      {passwordChanged ? (
        <p className="mt-2 rounded bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="password-changed">
          Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.
        </p>
      ) : null}
      <LoginForm />
    </main>
  );
}
