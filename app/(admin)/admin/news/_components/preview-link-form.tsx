"use client";
// The "new preview link" button of the article page: a link is minted only when asked for, and its address
// is shown this once (only a hash is kept), with when it stops working. Works without JavaScript too.
import { useActionState } from "react";
import type { ActionState } from "@/lib/form/action-state";
import { FormStatus, SubmitButton } from "@/app/_components/form";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function PreviewLinkForm({ action, id }: { action: Action; id: number }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const url = state.ok ? state.values?.url : undefined;
  return (
    <form action={formAction} className="space-y-2" data-testid="mint-preview-link-form">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pending={pending} pendingText="Đang tạo…" variant="secondary" testId="mint-preview-link">
        Tạo liên kết xem trước
      </SubmitButton>
      <FormStatus state={state} testId="mint-preview-link-message" />
      {url ? (
        <div>
          <label htmlFor="preview-url" className="block text-sm font-semibold">
            Liên kết xem trước không cần đăng nhập
          </label>
          <input id="preview-url" readOnly value={url} className="mt-1 w-full rounded border border-gray-300 px-2 py-1 text-xs" data-testid="preview-url" />
          <p className="mt-1 text-xs text-muted">
            Chép liên kết ngay: liên kết chỉ hiện lần này. Ai có liên kết đều xem được bản đang soạn đến {state.values?.expiresAt}, trừ khi
            liên kết bị thu hồi hoặc nội dung được đăng. Chỉ gửi cho người cần xem.
          </p>
        </div>
      ) : null}
    </form>
  );
}
