"use server";
// The supplement form's action: a public endpoint (the applicant has no account) whose proof is the link's
// token, checked by submitSupplement together with the files, the request's one use and expiry, and a limit
// per address. Success goes to the tracking page (303) with a confirmation.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidateStatistics } from "@/lib/cache";
import { submitSupplement } from "@/lib/dossiers/mutations";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { formValues } from "@/lib/form/form-data";
import { clientAddress } from "@/lib/http/request";
import { logger } from "@/lib/logger";

export async function submitSupplementAction(link: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, { note: 2100 });
  const h = await headers();
  let code: string;
  try {
    const result = await submitSupplement(String(link).slice(0, 200), formData, { ip: clientAddress(h), userAgent: (h.get("user-agent") ?? "").slice(0, 300) });
    if (!result.ok) return failedState(result, values);
    code = result.value.code;
  } catch (err) {
    logger.error({ err }, "supplement upload failed");
    return { ok: false, values, message: "Đã có lỗi xảy ra, giấy tờ chưa được lưu. Vui lòng thử lại sau ít phút." };
  }
  revalidateStatistics();
  redirect(`/track?code=${encodeURIComponent(code)}&bo-sung=da-nhan`);
}
