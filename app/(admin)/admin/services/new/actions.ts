"use server";
// Creating a procedure: checks the session and "services.manage" itself (runAction), hands over to
// lib/services/mutations.ts (which checks again, validates, audits), refreshes the cached public pages and
// redirects to the new procedure's edit page (Post/Redirect/Get).
import { redirect } from "next/navigation";
import { revalidatePublicServices } from "@/lib/cache";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { runAction } from "@/lib/form/run-action";
import { createProcedure } from "@/lib/services/mutations";
import { readProcedureForm } from "../_components/form-data";

export async function createProcedureAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { input, values } = readProcedureForm(formData);
  return runAction("services.manage", async (actor) => {
    const result = await createProcedure(actor, input);
    if (!result.ok) return failedState(result, values);
    revalidatePublicServices();
    redirect(`/admin/services/${result.value.id}?da-tao=1`);
  });
}
