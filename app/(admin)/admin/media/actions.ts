"use server";
// Media library actions: upload, edit the texts, delete. Each checks the session and "media.manage" itself
// (runAction) and hands over to lib/media/mutations.ts, which checks again, reads the file's bytes to
// decide its type and writes the audit entry. Success redirects (Post/Redirect/Get), so a reload never
// uploads twice and the forms work without JavaScript.
import { redirect } from "next/navigation";
import { revalidatePublicNews } from "@/lib/cache";
import { INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import { runAction } from "@/lib/form/run-action";
import { deleteMedia, updateMediaText, uploadMedia } from "@/lib/media/mutations";
import { formText } from "@/lib/form/form-data";

const textValues = (formData: FormData) => ({
  altText: formText(formData, "altText", 1000),
  caption: formText(formData, "caption", 2000),
  credit: formText(formData, "credit", 1000),
});

export async function uploadMediaAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = textValues(formData);
  return runAction("media.manage", async (actor) => {
    const file = formData.get("file");
    // No file chosen: browsers still send an empty part; a crafted post may send text instead of a file.
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
    const result = await uploadMedia(actor, { bytes, filename: file instanceof File ? file.name : "", ...values });
    if (!result.ok) return { ok: false, errors: result.errors, values, message: INVALID_INPUT_MESSAGE };
    redirect(`/admin/media?tai-len=${result.value.id}`);
  });
}

export async function updateMediaTextAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = textValues(formData);
  const id = formText(formData, "id", 100);
  return runAction("media.manage", async (actor) => {
    const result = await updateMediaText(actor, id, values);
    if (!result.ok) return { ok: false, errors: result.errors, values, message: result.errors._form ?? INVALID_INPUT_MESSAGE };
    // Article pages show a cover's alt text from the library.
    revalidatePublicNews();
    redirect(`/admin/media/${id}?da-luu=${Date.now().toString(36)}`);
  });
}

export async function deleteMediaAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, "id", 100);
  return runAction("media.manage", async (actor) => {
    const result = await deleteMedia(actor, id);
    if (!result.ok) return { ok: false, message: Object.values(result.errors)[0] };
    redirect("/admin/media?da-xoa=1");
  });
}
