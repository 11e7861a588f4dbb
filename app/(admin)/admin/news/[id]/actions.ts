"use server";
// Actions of the article page: save (into the article, or into its open edition once published), any step
// of the article or edition workflow, restore a revision. Each checks the session itself (runAction); the
// workflow engine checks the step's own permission, state and guard, in one transaction with the audit
// entry. Steps that change what citizens see refresh the cached public pages. Also: mint and revoke the
// article's preview links (lib/newsroom/preview-links.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { revalidatePublicNews } from "@/lib/cache";
import { BAD_REQUEST_MESSAGE, failedState, refusedState, type ActionState } from "@/lib/form/action-state";
import { formText } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { siteUrl } from "@/lib/env";
import { formatDateTime } from "@/lib/time";
import { mintPreviewLink, revokePreviewLink } from "@/lib/newsroom/preview-links";
import { restoreRevision, updateArticle } from "@/lib/newsroom/mutations";
import { editionWorkflow, takeEditionStep } from "@/lib/newsroom/editions";
import { articleWorkflow, takeArticleStep } from "@/lib/newsroom/workflow";
import { isPersonStep, stepChangesPublic } from "@/lib/workflow/engine";
import { articleValues, EDITOR_NOT_READY } from "../_components/form-data";

/** What a step's form may carry: a reason, a time. The step's own schema decides what it needs. */
const stepInput = (formData: FormData) => ({ reason: formText(formData, "reason", 1000), scheduledAt: formText(formData, "scheduledAt", 40) });

export async function updateArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = articleValues(formData);
  return runAction("news.write", async (actor) => {
    if (values.bodyHtml === undefined) return { ok: false, errors: { bodyHtml: EDITOR_NOT_READY }, values, message: EDITOR_NOT_READY };
    const id = formText(formData, "id", 20);
    const result = await updateArticle(actor, id, { ...values, title: values.title, categoryId: values.categoryId, editionId: formText(formData, "editionId", 20) });
    if (!result.ok) {
      if (result.errors.id || result.errors.version || result.errors.editionId) return { ok: false, message: BAD_REQUEST_MESSAGE };
      return failedState(result, values);
    }
    // A published article's save went into its edition: nothing citizens see has changed.
    redirect(`/admin/news/${result.value.id}?ok=${result.value.edition ? "edition-saved" : "saved"}`);
  });
}

/** A step of the article workflow; the step's name is bound by the page (and checked here as any input). */
export async function articleStepAction(step: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = stepInput(formData);
  return runAction("news.write", async (actor) => {
    if (!isPersonStep(articleWorkflow, step)) return { ok: false, message: BAD_REQUEST_MESSAGE };
    const result = await takeArticleStep(actor, formText(formData, "id", 20), step, values);
    if (!result.ok) return refusedState(result.errors, values);
    if (stepChangesPublic(articleWorkflow, step)) revalidatePublicNews();
    redirect(`/admin/news/${result.value.id}?ok=${step}`);
  });
}

/** A step of the open edition's workflow. */
export async function editionStepAction(step: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = stepInput(formData);
  return runAction("news.write", async (actor) => {
    if (!isPersonStep(editionWorkflow, step)) return { ok: false, message: BAD_REQUEST_MESSAGE };
    const result = await takeEditionStep(actor, formText(formData, "id", 20), step, values);
    if (!result.ok) return refusedState(result.errors, values);
    if (stepChangesPublic(editionWorkflow, step)) revalidatePublicNews();
    redirect(`/admin/news/${result.value.articleId}?ok=edition-${step}`);
  });
}

export async function restoreRevisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("news.write", async (actor) => {
    const result = await restoreRevision(actor, { id: formText(formData, "id", 20), revisionId: formText(formData, "revisionId", 20) });
    if (!result.ok) return refusedState(result.errors);
    redirect(`/admin/news/${result.value.id}?ok=${result.value.edition ? "edition-restored" : "restored"}`);
  });
}

/** A new preview link: its address goes back to the form this once (only its hash is stored). */
export async function mintPreviewLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("news.write", async (actor) => {
    const result = await mintPreviewLink(actor, formText(formData, "id", 20));
    if (!result.ok) return refusedState(result.errors);
    // The panel's list of links shows the new one.
    revalidatePath(`/admin/news/${result.value.articleId}`);
    return {
      ok: true,
      message: "Đã tạo liên kết xem trước.",
      values: { url: `${siteUrl()}/preview/${result.value.token}`, expiresAt: formatDateTime(result.value.expiresAt) },
    };
  });
}

export async function revokePreviewLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("news.write", async (actor) => {
    const result = await revokePreviewLink(actor, formText(formData, "linkId", 20));
    if (!result.ok) return refusedState(result.errors);
    redirect(`/admin/news/${result.value.articleId}?ok=preview-revoked`);
  });
}
