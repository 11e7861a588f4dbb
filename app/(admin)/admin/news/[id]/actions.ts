"use server";
// Actions of the article page: save, the workflow steps, restore a revision. Each checks the session and
// its permission itself (runAction), parses its input, calls lib/newsroom/mutations.ts (which checks
// again, in one transaction with the audit entry), re-renders public pages when what citizens see
// changed, and returns to the article with a status message.
import { redirect } from "next/navigation";
import { revalidatePublicNews } from "@/lib/cache";
import { runAction } from "@/lib/form/run-action";
import { INVALID_INPUT_MESSAGE, type ActionState } from "@/lib/form/action-state";
import { fieldErrors } from "@/lib/kernel/parse";
import type { Actor, Permission } from "@/lib/auth/permissions";
import {
  approveAndPublish,
  publishWithoutReview,
  restoreRevision,
  returnToDraft,
  scheduleArticle,
  submitForReview,
  unpublishArticle,
  unscheduleArticle,
  updateArticle,
  type ArticleChange,
  type MutationResult,
} from "@/lib/newsroom/mutations";
import { articleIdInput, articleUpdateInput, restoreInput, scheduleInput, skipReviewInput } from "@/lib/newsroom/validation";
import { articleValues, EDITOR_NOT_READY, formText } from "../_components/form-data";

const BAD_REQUEST: ActionState = { ok: false, message: "Yêu cầu không hợp lệ. Vui lòng tải lại trang." };

function refused(errors: Record<string, string>, values?: Record<string, string>): ActionState {
  return { ok: false, errors, values, message: errors._form ?? INVALID_INPUT_MESSAGE };
}

function done(change: ArticleChange, code: string, publicChanged: boolean): never {
  if (publicChanged) revalidatePublicNews();
  redirect(`/admin/news/${change.id}?ok=${code}`);
}

export async function updateArticleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = articleValues(formData);
  return runAction("news.write", async (actor) => {
    if (values.bodyHtml === undefined) return { ok: false, errors: { bodyHtml: EDITOR_NOT_READY }, values, message: EDITOR_NOT_READY };
    const parsed = articleUpdateInput.safeParse({ ...values, id: formText(formData, "id", 20), version: values.version || undefined });
    if (!parsed.success) {
      if (parsed.error.issues.some((i) => i.path[0] === "id" || i.path[0] === "version")) return BAD_REQUEST;
      return { ok: false, errors: fieldErrors(parsed.error), values, message: INVALID_INPUT_MESSAGE };
    }
    const { id, ...input } = parsed.data;
    const result = await updateArticle(actor, id, input);
    if (!result.ok) return refused(result.errors, values);
    // Edits to a live article are live at once: its pages must be re-rendered.
    done(result.value, "saved", result.value.status === "published");
  });
}

/** A workflow step on the article named by the form's `id`. */
async function step(
  formData: FormData,
  permission: Permission,
  run: (actor: Actor, id: number) => Promise<MutationResult<ArticleChange>>,
  code: string,
  publicChanged: boolean,
  values?: Record<string, string>,
): Promise<ActionState> {
  return runAction(permission, async (actor) => {
    const parsed = articleIdInput.safeParse({ id: formText(formData, "id", 20) });
    if (!parsed.success) return BAD_REQUEST;
    const result = await run(actor, parsed.data.id);
    if (!result.ok) return refused(result.errors, values);
    done(result.value, code, publicChanged);
  });
}

export async function submitForReviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return step(formData, "news.write", submitForReview, "submitted", false);
}

export async function approveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return step(formData, "news.review", approveAndPublish, "published", true);
}

export async function publishWithoutReviewAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { reason: formText(formData, "reason", 1000) };
  const parsed = skipReviewInput.safeParse(values);
  if (!parsed.success) {
    return runAction("news.publish", async () => ({ ok: false, errors: fieldErrors(parsed.error), values, message: INVALID_INPUT_MESSAGE }));
  }
  return step(formData, "news.publish", (actor, id) => publishWithoutReview(actor, id, parsed.data), "published-skip", true, values);
}

export async function scheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { scheduledAt: formText(formData, "scheduledAt", 40), reason: formText(formData, "reason", 1000) };
  const parsed = scheduleInput.safeParse(values);
  if (!parsed.success) {
    return runAction("news.publish", async () => ({ ok: false, errors: fieldErrors(parsed.error), values, message: INVALID_INPUT_MESSAGE }));
  }
  return step(formData, "news.publish", (actor, id) => scheduleArticle(actor, id, values), "scheduled", false, values);
}

export async function unscheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return step(formData, "news.publish", unscheduleArticle, "unscheduled", false);
}

export async function returnToDraftAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return step(formData, "news.write", returnToDraft, "draft", false);
}

export async function unpublishAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return step(formData, "news.publish", unpublishArticle, "unpublished", true);
}

export async function restoreRevisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("news.write", async (actor) => {
    const parsed = restoreInput.safeParse({ id: formText(formData, "id", 20), revisionId: formText(formData, "revisionId", 20) });
    if (!parsed.success) return BAD_REQUEST;
    const result = await restoreRevision(actor, parsed.data);
    if (!result.ok) return refused(result.errors);
    done(result.value, "restored", result.value.status === "published");
  });
}
