// /admin/account: the signed-in user's own account (every role). Changing the password signs out everywhere.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/validation";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

export default async function AccountPage() {
  const actor = await requirePage("account.update");
  return (
    <>
      <h1 className="text-2xl font-bold">Tài khoản của tôi</h1>
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Họ tên</dt>
        <dd>{actor.name}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{actor.email}</dd>
        <dt className="font-semibold">Vai trò</dt>
        <dd>{ROLE_LABELS[actor.role]}</dd>
      </dl>

      <section aria-labelledby="doi-mat-khau" className="mt-8">
        <h2 id="doi-mat-khau" className="text-xl font-bold">
          Đổi mật khẩu
        </h2>
        <p className="mt-2 text-muted">Sau khi đổi, mọi phiên đăng nhập của bạn (cả trên máy khác) sẽ kết thúc và bạn cần đăng nhập lại bằng mật khẩu mới.</p>
        <div className="mt-4">
          <ChangePasswordForm email={actor.email} />
        </div>
      </section>
    </>
  );
}
