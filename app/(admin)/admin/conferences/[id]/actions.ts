"use server";
// Actions of a report's admin page: save (into its open edition, or a new one), any step of the edition or
// report workflow. Each checks the session itself (runAction); the workflow engine checks the step's own
// permission, state and guard in one transaction with the audit entry. Steps that change what citizens see
// refresh the cached public pages (news lists, feeds and the report pages).
import { redirect } from "next/navigation";
import { revalidatePublicNews } from "@/lib/cache";
import { BAD_REQUEST_MESSAGE, failedState, refusedState, type ActionState } from "@/lib/form/action-state";
import { formText } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { saveConference } from "@/lib/conferences/mutations";
import { conferenceEditionWorkflow, conferenceWorkflow, takeConferenceEditionStep, takeConferenceStep } from "@/lib/conferences/workflow";
import { isPersonStep, stepChangesPublic } from "@/lib/workflow/engine";
import { EDITOR_NOT_READY, readConferenceForm } from "../_components/form-data";

export async function saveConferenceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { input, values, editorMissing } = readConferenceForm(formData);
  return runAction("conferences.write", async (actor) => {
    if (editorMissing) return { ok: false, message: EDITOR_NOT_READY, values };
    const result = await saveConference(actor, formText(formData, "id", 20), input);
    if (!result.ok) return failedState(result, values);
    redirect(`/admin/conferences/${result.value.id}?ok=${result.value.newEdition ? "edition-created" : "saved"}`);
  });
}

/** A step of an edition's workflow; the step's name is bound by the page (and checked here as any input). */
export async function conferenceEditionStepAction(step: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { reason: formText(formData, "reason", 1000) };
  return runAction("conferences.write", async (actor) => {
    if (!isPersonStep(conferenceEditionWorkflow, step)) return { ok: false, message: BAD_REQUEST_MESSAGE };
    const result = await takeConferenceEditionStep(actor, formText(formData, "id", 20), step, values);
    if (!result.ok) return refusedState(result.errors, values);
    if (stepChangesPublic(conferenceEditionWorkflow, step)) revalidatePublicNews();
    redirect(`/admin/conferences/${result.value.id}?ok=${step}`);
  });
}

/** A step of the report itself (take down, put back). */
export async function conferenceStepAction(step: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { reason: formText(formData, "reason", 1000) };
  return runAction("conferences.write", async (actor) => {
    if (!isPersonStep(conferenceWorkflow, step)) return { ok: false, message: BAD_REQUEST_MESSAGE };
    const result = await takeConferenceStep(actor, formText(formData, "id", 20), step, values);
    if (!result.ok) return refusedState(result.errors, values);
    if (stepChangesPublic(conferenceWorkflow, step)) revalidatePublicNews();
    redirect(`/admin/conferences/${result.value.id}?ok=${step}`);
  });
}
