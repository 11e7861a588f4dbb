"use server";
// One decision's actions: save the draft, delete it, publish it (optionally drafting a news item for staff to
// review), revoke it with a reason. Each checks the session and "awards.manage" itself (runAction); lib/awards
// checks again and audits. Publishing and revoking refresh the cached public pages. Post/Redirect/Get.
import { redirect } from "next/navigation";
import { revalidatePublicAwards, revalidatePublicNews } from "@/lib/cache";
import { failedState, type ActionState } from "@/lib/form/action-state";
import { formCheckbox, formText, formValues } from "@/lib/form/form-data";
import { runAction } from "@/lib/form/run-action";
import { deleteAwardDecision, publishAwardDecision, revokeAwardDecision, updateAwardDecision } from "@/lib/awards/mutations";
import { readDecisionForm } from "../_components/form-data";

const page = (id: string | number, flag: string) => `/admin/awards/${id}?${flag}=${Date.now().toString(36)}`;

export async function updateDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, "id", 20);
  return runAction("awards.manage", async (actor) => {
    const { input, file, values } = await readDecisionForm(formData);
    const result = await updateAwardDecision(actor, id, input, file);
    if (!result.ok) return failedState(result, values);
    redirect(page(id, "da-luu"));
  });
}

export async function deleteDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, "id", 20);
  return runAction("awards.manage", async (actor) => {
    const result = await deleteAwardDecision(actor, id);
    if (!result.ok) return failedState(result);
    redirect("/admin/awards?da-xoa=1");
  });
}

export async function publishDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, "id", 20);
  const draftNews = formCheckbox(formData, "draftNews") === "on";
  const categoryId = formText(formData, "categoryId", 20);
  return runAction("awards.manage", async (actor) => {
    if (draftNews && !categoryId) return { ok: false, errors: { categoryId: "Vui lòng chọn chuyên mục cho bản nháp tin." }, message: "Vui lòng chọn chuyên mục cho bản nháp tin." };
    const result = await publishAwardDecision(actor, id, { draftNews: draftNews ? { categoryId } : null });
    if (!result.ok) return failedState(result);
    revalidatePublicAwards();
    const { article, articleProblem } = result.value;
    if (article) {
      revalidatePublicNews();
      redirect(`${page(id, "da-cong-bo")}&tin=${article.id}`);
    }
    redirect(page(id, articleProblem ? "da-cong-bo-chua-co-tin" : "da-cong-bo"));
  });
}

export async function revokeDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = formText(formData, "id", 20);
  const values = formValues(formData, { reason: 2100, revokedOn: 20 });
  return runAction("awards.manage", async (actor) => {
    const result = await revokeAwardDecision(actor, id, values);
    if (!result.ok) return failedState(result, values);
    revalidatePublicAwards();
    redirect(page(id, "da-thu-hoi"));
  });
}
