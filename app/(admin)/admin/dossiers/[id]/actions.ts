"use server";
// The actions of one dossier: every processing step (accept, reject, start, ask for a supplement, finish,
// return the result, stop, record a withdrawal, apologise when late). Each checks the session and role itself
// (runAction, "dossiers.process"); the workflow checks the step's state, input and condition in one
// transaction with the timeline line, the audit entry and the applicant's e-mail. Statistics refresh after.
import { redirect } from "next/navigation";
import { revalidateStatistics } from "@/lib/cache";
import { takeDossierStep } from "@/lib/dossiers/mutations";
import { dossierWorkflow } from "@/lib/dossiers/workflow";
import { BAD_REQUEST_MESSAGE, refusedState, joinChoices, type ActionState } from "@/lib/form/action-state";
import { formChoices, formText } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { isPersonStep } from "@/lib/workflow/engine";

export async function dossierStepAction(step: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, "id", 20);
  const documentIds = formChoices(formData, "documentIds", { max: 12, maxItems: 50 });
  const input = {
    note: formText(formData, "note", 2100),
    visibility: formText(formData, "visibility", 20) || undefined,
    documentIds,
    newDueDate: formText(formData, "newDueDate", 20),
    letter: formText(formData, "letter", 5100),
  };
  const values = { note: input.note, visibility: input.visibility ?? "", documentIds: joinChoices(documentIds), newDueDate: input.newDueDate, letter: input.letter };
  return runAction("dossiers.process", async (actor) => {
    if (!isPersonStep(dossierWorkflow, step)) return { ok: false, message: BAD_REQUEST_MESSAGE };
    const result = await takeDossierStep(actor, id, step, input);
    if (!result.ok) return refusedState(result.errors, values);
    revalidateStatistics();
    redirect(`/admin/dossiers/${result.value.id}?ok=${step}`);
  });
}
