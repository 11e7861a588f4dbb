"use server";
// Creating an article: checks the session and news.write itself (runAction), creates the draft
// (lib/newsroom/mutations.ts checks again and parses the input) and opens it for editing.
import { redirect } from "next/navigation";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { runAction } from "@/lib/form/run-action";
import { createArticle } from "@/lib/newsroom/mutations";
import { articleValues, EDITOR_NOT_READY } from "../_components/form-data";

export async function createArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = articleValues(formData);
  return runAction("news.write", async (actor) => {
    if (values.bodyHtml === undefined) return { ok: false, errors: { bodyHtml: EDITOR_NOT_READY }, values, message: EDITOR_NOT_READY };
    const result = await createArticle(actor, { ...values, title: values.title, categoryId: values.categoryId });
    if (!result.ok) return failedState(result, values);
    redirect(`/admin/news/${result.value.id}?ok=created`);
  });
}
