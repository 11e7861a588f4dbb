"use server";
// Holiday table actions (administrators, "holidays.manage"): add, edit, delete a day and pre-fill a year.
// Each checks the session itself (runAction), hands the raw values to lib/holidays/mutations.ts (which parses,
// checks again and audits), then redirects back to the year it changed (Post/Redirect/Get).
import { redirect } from "next/navigation";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { formText, formValues } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { addHoliday, deleteHoliday, prefillHolidayYear, updateHoliday } from "@/lib/holidays/mutations";

const PAGE = "/admin/holidays";
const LIMITS = { date: 40, name: 400, kind: 20 } as const;
// A fresh token per redirect gives the edit forms new keys, so they show what was saved.
const stamp = () => Date.now().toString(36);

export async function addHolidayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, LIMITS);
  return runAction("holidays.manage", async (actor) => {
    const result = await addHoliday(actor, values);
    if (!result.ok) return failedState(result, values);
    redirect(`${PAGE}?year=${result.value.year}&da-them=${result.value.date}&t=${stamp()}`);
  });
}

export async function updateHolidayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, LIMITS);
  return runAction("holidays.manage", async (actor) => {
    const result = await updateHoliday(actor, values);
    if (!result.ok) return failedState(result, values);
    if (!result.value.changed) return { ok: true, values, message: "Không có thay đổi nào để lưu." };
    redirect(`${PAGE}?year=${result.value.year}&da-luu=${values.date}&t=${stamp()}`);
  });
}

export async function deleteHolidayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("holidays.manage", async (actor) => {
    const date = formText(formData, "date", 40);
    const result = await deleteHoliday(actor, date);
    if (!result.ok) return { ok: false, message: Object.values(result.errors)[0] };
    redirect(`${PAGE}?year=${result.value.year}&da-xoa=${date}&t=${stamp()}`);
  });
}

export async function prefillHolidayYearAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("holidays.manage", async (actor) => {
    const year = formText(formData, "year", 10);
    const result = await prefillHolidayYear(actor, year);
    if (!result.ok) return { ok: false, message: Object.values(result.errors)[0] };
    const { added, refreshed, keptStaff } = result.value;
    redirect(`${PAGE}?year=${result.value.year}&da-dien=${added.length}&cap-nhat=${refreshed.length}&giu=${keptStaff.length}&t=${stamp()}`);
  });
}
