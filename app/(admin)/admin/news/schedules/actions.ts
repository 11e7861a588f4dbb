"use server";
// Actions of the schedules page: retry a failed scheduled publication now, or cancel a schedule. Each checks
// the session and news.publish itself; the workflow checks the step's own permission again.
import { redirect } from "next/navigation";
import { revalidatePublicNews } from "@/lib/cache";
import { runAction } from "@/lib/form/run-action";
import type { ActionState } from "@/lib/form/action-state";
import { publishDueArticles, retryFailedSchedule, unscheduleArticle } from "@/lib/newsroom/mutations";
import { formText } from "@/lib/form/form-data";

const PAGE = "/admin/news/schedules";

export async function retryScheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("news.publish", async (actor) => {
    const id = formText(formData, "id", 20);
    const result = await retryFailedSchedule(actor, id);
    if (!result.ok) return { ok: false, message: Object.values(result.errors)[0] };
    // Publish now rather than at the scheduler's next run, inside this request so pages can be revalidated.
    const run = await publishDueArticles();
    if (run.published.length) revalidatePublicNews();
    const failure = run.failed.find((f) => String(f.id) === id);
    if (failure) return { ok: false, message: `Vẫn chưa đăng được: ${failure.error}` };
    redirect(`${PAGE}?ok=retried`);
  });
}

export async function cancelScheduleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("news.publish", async (actor) => {
    const result = await unscheduleArticle(actor, formText(formData, "id", 20));
    if (!result.ok) return { ok: false, message: Object.values(result.errors)[0] };
    redirect(`${PAGE}?ok=cancelled`);
  });
}
