"use server";
// The indicator list: add, rename, delete (only when no report row uses it). Each action checks the session
// and "indicators.manage" itself; the mutation checks again, validates and audits. Renaming changes what
// report pages show, so the cached public pages are refreshed.
import { revalidatePath } from "next/cache";
import { revalidatePublicNews } from "@/lib/cache";
import { failedState, refusedState, type ActionState } from "@/lib/form/action-state";
import { formText, formValues } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { createIndicator, deleteIndicator, updateIndicator } from "@/lib/conferences/mutations";

const read = (fd: FormData) => formValues(fd, { code: 80, name: 320, unit: 80 });

export async function createIndicatorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = read(formData);
  return runAction("indicators.manage", async (actor) => {
    const r = await createIndicator(actor, values);
    if (!r.ok) return failedState(r, values);
    revalidatePath("/admin/conferences/indicators");
    return { ok: true, message: `Đã thêm chỉ tiêu “${r.value.name}”.` };
  });
}

export async function updateIndicatorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = read(formData);
  return runAction("indicators.manage", async (actor) => {
    const r = await updateIndicator(actor, formText(formData, "id", 20), values);
    if (!r.ok) return failedState(r, values);
    revalidatePublicNews();
    revalidatePath("/admin/conferences/indicators");
    return { ok: true, message: "Đã lưu chỉ tiêu.", values };
  });
}

export async function deleteIndicatorAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("indicators.manage", async (actor) => {
    const r = await deleteIndicator(actor, formText(formData, "id", 20));
    if (!r.ok) return refusedState(r.errors);
    revalidatePath("/admin/conferences/indicators");
    return { ok: true, message: "Đã xóa chỉ tiêu." };
  });
}
