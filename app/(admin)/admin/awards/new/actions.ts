"use server";
// Creating an award decision (a draft): checks the session and "awards.manage" itself (runAction), hands over to
// lib/awards/mutations.ts (which checks again, validates every row, audits) and redirects to the draft.
import { redirect } from "next/navigation";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { runAction } from "@/lib/form/run-action";
import { createAwardDecision } from "@/lib/awards/mutations";
import { readDecisionForm } from "../_components/form-data";

export async function createDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("awards.manage", async (actor) => {
    const { input, file, values } = await readDecisionForm(formData);
    const result = await createAwardDecision(actor, input, file);
    if (!result.ok) return failedState(result, values);
    redirect(`/admin/awards/${result.value.id}?da-tao=1`);
  });
}
