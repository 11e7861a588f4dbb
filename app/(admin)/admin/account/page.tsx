// /admin/account: the signed-in user's own account (every role): the password and the second step. It
// stays open while the session has an obligation (the guard sends every other admin page here): a demo
// password to change first, then, for an administrator, a second step to enrol.
import type { Metadata } from "next";
import { OBLIGATION_MESSAGES, requirePage, getSessionState } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/validation";
import { formatDateTime } from "@/lib/time";
import { getOwnAccount } from "@/lib/users/queries";
import { ChangePasswordForm } from "./change-password-form";
import { TwoStepPanel } from "./two-step-panel";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

export default async function AccountPage() {
  const actor = await requirePage("account.update", { allowObligation: true });
  const obligation = (await getSessionState())?.obligation ?? null;
  const account = await getOwnAccount(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Tài khoản của tôi</h1>
      {obligation ? (
        <p className="mt-4 rounded border-l-4 border-accent bg-amber-50 px-4 py-3 font-semibold text-amber-900" data-testid="account-obligation">
          {OBLIGATION_MESSAGES[obligation]}
        </p>
      ) : null}
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
        {account.mustChangePassword ? (
          <p className="mt-2">Mật khẩu hiện tại của tài khoản này đã được công bố (tài khoản dùng thử), nên phải đổi trước khi làm việc.</p>
        ) : null}
        <p className="mt-2 text-muted">Sau khi đổi, mọi phiên đăng nhập của bạn (cả trên máy khác) sẽ kết thúc và bạn cần đăng nhập lại bằng mật khẩu mới.</p>
        <div className="mt-4">
          <ChangePasswordForm email={actor.email} />
        </div>
      </section>

      {account.mustChangePassword ? null : (
        <section aria-labelledby="hai-buoc" className="mt-8">
          <h2 id="hai-buoc" className="text-xl font-bold">
            Xác thực hai bước
          </h2>
          <p className="mt-2 text-muted">Khi đăng nhập, ngoài mật khẩu còn cần mã 6 chữ số từ ứng dụng xác thực trên điện thoại của bạn.</p>
          <div className="mt-4">
            <TwoStepPanel
              required={actor.role === "admin"}
              enabled={account.secondStep.enabled}
              enabledAt={account.secondStep.enabledAt ? formatDateTime(account.secondStep.enabledAt) : null}
              recoveryCodesLeft={account.secondStep.recoveryCodesLeft}
              enrolment={account.enrolment}
            />
          </div>
        </section>
      )}
    </>
  );
}
