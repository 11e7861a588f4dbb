"use client";
// Per-account controls on the users list: change role, lock/unlock, reset password, reset the second step.
// Each is its own small form (works without JavaScript) whose outcome is announced beside it.
import { useActionState } from "react";
import { PASSWORD_MAX, PASSWORD_MIN, ROLES, ROLE_LABELS } from "@/lib/auth/validation";
import type { ActionState } from "@/lib/form/action-state";
import type { Role } from "@/db/schema";
import { changeRoleAction, resetPasswordAction, resetSecondStepAction, setActiveAction } from "./actions";
import { FormStatus, SelectField, SubmitButton, TextField } from "@/app/_components/form";

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function UserActions({ user, isSelf }: { user: { id: number; email: string; role: Role; active: boolean; secondStep: boolean }; isSelf: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState<ActionState, FormData>(changeRoleAction, {});
  const [activeState, activeAction, activePending] = useActionState<ActionState, FormData>(setActiveAction, {});
  const [pwState, pwAction, pwPending] = useActionState<ActionState, FormData>(resetPasswordAction, {});
  const [tsState, tsAction, tsPending] = useActionState<ActionState, FormData>(resetSecondStepAction, {});

  if (isSelf) {
    // The server refuses these on one's own account too; here we just do not offer them.
    return (
      <p className="text-sm text-muted">
        Đây là tài khoản của bạn. Đổi mật khẩu tại{" "}
        <a href="/admin/account" className="underline">
          Tài khoản
        </a>
        .
      </p>
    );
  }

  return (
    <div className="space-y-3">
      <form action={roleAction} noValidate className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <SelectField
          name="role"
          id={`role-${user.id}`}
          label={`Vai trò của ${user.email}`}
          options={roleOptions}
          defaultValue={user.role}
          state={roleState}
          hideLabel
        />
        <SubmitButton pending={rolePending} variant="secondary">
          Đổi vai trò
        </SubmitButton>
        <div className="w-full">
          <FormStatus state={roleState} />
        </div>
      </form>

      <form action={activeAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value={user.active ? "0" : "1"} />
        <SubmitButton pending={activePending} variant={user.active ? "danger" : "secondary"}>
          {user.active ? "Khóa tài khoản" : "Mở khóa tài khoản"}
        </SubmitButton>
        <FormStatus state={activeState} />
      </form>

      <details open={!!pwState.message}>
        <summary className="cursor-pointer text-sm text-brand">Đặt lại mật khẩu</summary>
        <form action={pwAction} noValidate className="mt-2 space-y-2">
          <input type="hidden" name="userId" value={user.id} />
          <TextField
            name="password"
            id={`reset-password-${user.id}`}
            type="password"
            label={`Mật khẩu mới cho ${user.email}`}
            hint={`Từ ${PASSWORD_MIN} đến ${PASSWORD_MAX} ký tự, không dùng mật khẩu phổ biến.`}
            autoComplete="new-password"
            maxLength={PASSWORD_MAX}
            state={pwState}
          />
          <SubmitButton pending={pwPending} variant="secondary">
            Đặt lại mật khẩu
          </SubmitButton>
          <FormStatus state={pwState} />
        </form>
      </details>

      {user.secondStep || tsState.ok ? (
        <form action={tsAction}>
          <input type="hidden" name="userId" value={user.id} />
          {user.secondStep ? (
            <SubmitButton pending={tsPending} variant="secondary">
              Đặt lại xác thực hai bước
            </SubmitButton>
          ) : null}
          <FormStatus state={tsState} />
        </form>
      ) : null}
    </div>
  );
}
