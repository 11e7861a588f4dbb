"use server";
// Creating a conference report: checks the session and "conferences.write" itself (runAction), hands over to
// lib/conferences/mutations.ts (which checks again, validates, audits) and redirects to the report's page.
import { redirect } from "next/navigation";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { runAction } from "@/lib/form/run-action";
import { createConference } from "@/lib/conferences/mutations";
import { EDITOR_NOT_READY, readConferenceForm } from "../_components/form-data";

export async function createConferenceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { input, values, editorMissing } = readConferenceForm(formData);
  return runAction("conferences.write", async (actor) => {
    if (editorMissing) return { ok: false, message: EDITOR_NOT_READY, values };
    const result = await createConference(actor, input);
    if (!result.ok) return failedState(result, values);
    redirect(`/admin/conferences/${result.value.id}?ok=created`);
  });
}
