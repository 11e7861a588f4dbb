"use server";
// The dossier form's action. Citizens have no session: the action is a public endpoint whose checks are the
// proxy's same-origin rule and body limit, and submitDossier's own (validation, rate limit per address, file
// types from the bytes, one transaction, idempotent by submission key). Success goes to the receipt (303).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { submitDossier } from "@/lib/dossiers/mutations";
import { revalidateStatistics } from "@/lib/cache";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { formCheckbox, formValues } from "@/lib/form/form-data";
import { clientAddress } from "@/lib/http/request";
import { logger } from "@/lib/logger";

export async function submitDossierAction(code: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  // What the form shows again after a refusal: the typed text, never the files.
  const values = {
    ...formValues(formData, { fullName: 200, idNumber: 40, phone: 40, email: 300, address: 400, notes: 2100 }),
    consent: formCheckbox(formData, "consent"),
  };
  const h = await headers();
  let receiptPath: string;
  try {
    const result = await submitDossier(String(code).slice(0, 40), formData, { ip: clientAddress(h), userAgent: (h.get("user-agent") ?? "").slice(0, 300) });
    if (!result.ok) return failedState(result, values);
    receiptPath = result.value.receiptPath;
  } catch (err) {
    logger.error({ err }, "dossier submission failed");
    return { ok: false, values, message: "Đã có lỗi xảy ra, hồ sơ chưa được lưu. Vui lòng thử lại sau ít phút." };
  }
  revalidateStatistics();
  redirect(receiptPath);
}
