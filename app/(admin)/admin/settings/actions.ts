"use server";
// Site settings action (administrators only, "settings.manage"): save with before/after in the audit log
// (lib/settings/mutations.ts parses and checks again), then drop the cached headers and footers.
import { revalidateSettings } from "@/lib/cache";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { formText } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { SETTINGS_FIELDS } from "@/lib/settings/validation";

export async function updateSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, formText(formData, k, 1000)]));
  return runAction("settings.manage", async (actor) => {
    const result = await updateSiteSettings(actor, values);
    if (!result.ok) return failedState(result, values);
    if (!result.value.changed) return { ok: true, values, message: "Không có thay đổi nào để lưu." };
    revalidateSettings();
    return { ok: true, values: result.value.saved, message: "Đã lưu cài đặt. Đầu trang và chân trang của cổng đã được cập nhật." };
  });
}
