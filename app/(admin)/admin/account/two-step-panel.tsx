"use client";
// The second step on the account page: start enrolment, scan the QR code (or type the key shown as text),
// confirm with a code, then read the ten recovery codes, shown this once. One component at one place in
// the page, so the codes stay on screen when the page behind them re-renders (with JavaScript or without).
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { ErrorSummary, FormStatus, SubmitButton, TextField } from "@/app/_components/form";
import { confirmTwoStepAction, startTwoStepAction, type TwoStepState } from "./actions";

export type TwoStepPanelProps = {
  required: boolean;
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
  enrolment: { qrSvg: string; key: string } | null;
};

export function TwoStepPanel({ required, enabled, enabledAt, recoveryCodesLeft, enrolment }: TwoStepPanelProps) {
  const [startState, start, starting] = useActionState<ActionState>(startTwoStepAction, {});
  const [confirmState, confirm, confirming] = useActionState<TwoStepState, FormData>(confirmTwoStepAction, {});

  if (confirmState.recoveryCodes) {
    return (
      <div className="space-y-3" data-testid="two-step-enabled-now">
        <FormStatus state={confirmState} testId="two-step-message" />
        <h3 className="text-lg font-bold">Mã khôi phục của bạn</h3>
        <p>
          Hãy in hoặc chép 10 mã dưới đây và cất ở nơi an toàn. Khi không có điện thoại, mỗi mã dùng được <strong>một lần</strong>{" "}
          thay cho mã 6 chữ số. Các mã chỉ hiển thị lần này.
        </p>
        <ol className="grid max-w-md grid-cols-2 gap-x-6 gap-y-1 font-mono text-lg" data-testid="recovery-codes">
          {confirmState.recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
        <p>
          <a href="/admin" className="font-semibold underline">
            Tiếp tục vào trang quản trị
          </a>
        </p>
      </div>
    );
  }

  if (enabled) {
    return (
      <div className="space-y-2" data-testid="two-step-status">
        <p>
          <strong>Đã bật</strong>
          {enabledAt ? ` từ ${enabledAt}` : ""}. Còn {recoveryCodesLeft} mã khôi phục chưa dùng.
        </p>
        <p className="text-muted">Nếu mất điện thoại và hết mã khôi phục, hãy nhờ một quản trị viên đặt lại xác thực hai bước cho bạn.</p>
      </div>
    );
  }

  if (enrolment) {
    return (
      <div className="space-y-4" data-testid="two-step-enrolment">
        <FormStatus state={startState} />
        <ol className="list-decimal space-y-4 pl-6">
          <li>Cài một ứng dụng xác thực trên điện thoại (ví dụ Google Authenticator, Microsoft Authenticator, FreeOTP).</li>
          <li>
            Trong ứng dụng, chọn thêm tài khoản và quét mã QR này:
            <div
              role="img"
              aria-label="Mã QR để thêm tài khoản cổng thông tin vào ứng dụng xác thực"
              className="mt-2 h-48 w-48 bg-white"
              dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
            />
            <p className="mt-2">
              Không quét được? Nhập khóa sau (loại &quot;theo thời gian&quot;):{" "}
              <code className="font-mono text-lg break-all" data-testid="totp-key">
                {enrolment.key}
              </code>
            </p>
          </li>
          <li>
            Nhập mã 6 chữ số ứng dụng hiển thị:
            <form action={confirm} noValidate className="mt-2 max-w-xs space-y-3" data-testid="confirm-two-step-form">
              <ErrorSummary state={confirmState} idPrefix="totp-" />
              <TextField name="code" id="totp-code" label="Mã xác thực" inputMode="numeric" autoComplete="one-time-code" maxLength={10} required state={confirmState} />
              <SubmitButton pending={confirming} pendingText="Đang kiểm tra…">
                Xác nhận và bật
              </SubmitButton>
              <FormStatus state={confirmState} testId="confirm-two-step-message" />
            </form>
          </li>
        </ol>
      </div>
    );
  }

  return (
    <form action={start} className="space-y-3" data-testid="start-two-step-form">
      {required ? (
        <p className="rounded bg-amber-50 px-3 py-2 text-amber-900" data-testid="two-step-required">
          Quản trị viên bắt buộc phải dùng xác thực hai bước. Hãy thiết lập ngay để tiếp tục.
        </p>
      ) : (
        <p>Không bắt buộc với biên tập viên, nhưng nên bật: kẻ biết mật khẩu của bạn vẫn không đăng nhập được nếu không có điện thoại của bạn.</p>
      )}
      <FormStatus state={startState} />
      <SubmitButton pending={starting} pendingText="Đang tạo khóa…">
        Thiết lập xác thực hai bước
      </SubmitButton>
    </form>
  );
}
