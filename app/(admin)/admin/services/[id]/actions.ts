"use server";
// Editing a procedure: save every field, hide or show it, attach or remove a document's form file. Each action
// checks the session and "services.manage" itself (runAction), hands over to lib/services/mutations.ts (which
// checks again and audits), refreshes the cached public pages and redirects (Post/Redirect/Get).
import { redirect } from "next/navigation";
import { revalidatePublicServices } from "@/lib/cache";
import { failedState, INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import { formText } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { attachFormFile, removeFormFile, setProcedurePublished, updateProcedure } from "@/lib/services/mutations";
import { readProcedureForm } from "../_components/form-data";

const page = (id: string | number, flag: string) => `/admin/services/${id}?${flag}=${Date.now().toString(36)}`;

export async function updateProcedureAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, "id", 20);
  const { input, values } = readProcedureForm(formData);
  return runAction("services.manage", async (actor) => {
    const result = await updateProcedure(actor, id, input);
    if (!result.ok) return failedState(result, values);
    revalidatePublicServices();
    redirect(page(id, "da-luu"));
  });
}

export async function setPublishedAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, "id", 20);
  const published = formText(formData, "published", 10) === "true";
  return runAction("services.manage", async (actor) => {
    const result = await setProcedurePublished(actor, id, published);
    if (!result.ok) return { ok: false, message: Object.values(result.errors)[0] };
    revalidatePublicServices();
    redirect(page(id, published ? "da-hien" : "da-an"));
  });
}

export async function attachFormFileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const documentId = formText(formData, "documentId", 20);
  return runAction("services.manage", async (actor) => {
    const file = formData.get("file");
    // No file chosen: browsers still send an empty part; a crafted post may send text instead of a file.
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
    const result = await attachFormFile(actor, documentId, { bytes, filename: file instanceof File ? file.name : "" });
    if (!result.ok) return { ok: false, errors: result.errors, message: result.errors._form ?? INVALID_INPUT_MESSAGE };
    revalidatePublicServices();
    redirect(page(result.value.procedureId, "da-tai-mau"));
  });
}

export async function removeFormFileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const documentId = formText(formData, "documentId", 20);
  return runAction("services.manage", async (actor) => {
    const result = await removeFormFile(actor, documentId);
    if (!result.ok) return { ok: false, message: Object.values(result.errors)[0] };
    revalidatePublicServices();
    redirect(page(result.value.procedureId, "da-go-mau"));
  });
}
