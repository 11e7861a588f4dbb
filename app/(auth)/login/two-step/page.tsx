// /login/two-step: step 2 of sign-in for accounts with a second step. Open only with a valid pending
// sign-in cookie (set by step 1, five minutes); without one, back to /login. Works without JavaScript.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { PENDING_COOKIE } from "@/lib/auth/pending-sign-in";
import { getSessionState } from "@/lib/auth/session";
import { pendingSignInUser } from "@/lib/auth/sign-in";
import { SecondStepForm } from "./second-step-form";

export const metadata: Metadata = { title: "Xác thực hai bước", robots: { index: false } };

export default async function SecondStepPage() {
  if (await getSessionState()) redirect("/admin");
  const user = await pendingSignInUser((await cookies()).get(PENDING_COOKIE)?.value);
  if (!user) redirect("/login?het-han=1");
  return (
    <main id="noi-dung" className="mx-auto max-w-md px-4 py-12">
      <p>
        <a href="/login">‹ Quay lại đăng nhập</a>
      </p>
      <h1 className="mt-4 text-2xl font-bold">Xác thực hai bước</h1>
      <p className="mt-2 text-muted">
        Mở ứng dụng xác thực trên điện thoại và nhập mã 6 chữ số đang hiển thị. Nếu không có điện thoại bên mình, hãy nhập một
        trong các mã khôi phục (mỗi mã chỉ dùng được một lần).
      </p>
      <SecondStepForm />
    </main>
  );
}
