"use server";
// Site settings action (administrators only, "settings.manage"): parse, save with before/after in the audit
// log (lib/settings/mutations.ts), then drop the cached headers and footers of every public page.
import { revalidateSettings } from "@/lib/cache";
import { fieldErrors, INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import { runAction } from "@/lib/form/run-action";
import { updateSiteSettings } from "@/lib/settings/mutations";
import { SETTINGS_FIELDS, siteSettingsInput } from "@/lib/settings/validation";
import { formText } from "../users/_components/form-data";

export async function updateSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, formText(formData, k, 1000)]));
  return runAction("settings.manage", async (actor) => {
    const parsed = siteSettingsInput.safeParse(values);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, message: INVALID_INPUT_MESSAGE };
    const result = await updateSiteSettings(actor, parsed.data);
    if (!result.ok) return { ok: false, errors: result.errors, values, message: INVALID_INPUT_MESSAGE };
    if (!result.changed) return { ok: true, values, message: "Không có thay đổi nào để lưu." };
    revalidateSettings();
    const saved = Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, parsed.data[k]]));
    return { ok: true, values: saved, message: "Đã lưu cài đặt. Đầu trang và chân trang của cổng đã được cập nhật." };
  });
}
