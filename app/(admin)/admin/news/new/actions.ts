"use server";
// Creating an article: checks the session and news.write itself (runAction), parses with the newsroom
// schema, creates the draft (lib/newsroom/mutations.ts checks again) and opens it for editing.
import { redirect } from "next/navigation";
import { runAction } from "@/lib/form/run-action";
import { INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import { fieldErrors } from "@/lib/kernel/parse";
import { createArticle } from "@/lib/newsroom/mutations";
import { articleInput } from "@/lib/newsroom/validation";
import { articleValues, EDITOR_NOT_READY } from "../_components/form-data";

export async function createArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = articleValues(formData);
  return runAction("news.write", async (actor) => {
    if (values.bodyHtml === undefined) return { ok: false, errors: { bodyHtml: EDITOR_NOT_READY }, values, message: EDITOR_NOT_READY };
    const parsed = articleInput.safeParse(values);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values, message: INVALID_INPUT_MESSAGE };
    const result = await createArticle(actor, parsed.data);
    if (!result.ok) return { ok: false, errors: result.errors, values, message: result.errors._form ?? INVALID_INPUT_MESSAGE };
    redirect(`/admin/news/${result.value.id}?ok=created`);
  });
}
