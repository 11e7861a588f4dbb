// The scheduler's job: publish every scheduled article whose time has come, as the system, each through the
// article workflow's "publish_scheduled" step in its own transaction (publishedAt = the scheduled time). A
// failure is recorded on the article by the "schedule_failed" step, so it stays listed as failed for staff;
// after MAX_SCHEDULE_ATTEMPTS the job stops retrying it.
import "server-only";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { dbRootMessage } from "@/lib/kernel";
import { logger } from "@/lib/logger";
import { applyTransition } from "@/lib/workflow/engine";
import { listDueScheduledIds } from "./queries";
import { SCHEDULE_SYSTEM_ERROR } from "./schedule-error";
import { articleWorkflow } from "./workflow";

export type DueRunResult = { published: { id: number; slug: string }[]; failed: { id: number; error: string }[] };

export async function publishDueArticles(now: Date = new Date()): Promise<DueRunResult> {
  const result: DueRunResult = { published: [], failed: [] };
  for (const id of await listDueScheduledIds(now)) {
    let error: string;
    try {
      const step = await applyTransition(articleWorkflow, SYSTEM_ACTOR, id, "publish_scheduled", undefined, now);
      if (step.ok) {
        result.published.push({ id, slug: step.value.slug });
        continue;
      }
      // Changed meanwhile (unscheduled, published by hand, taken by another server instance): nothing to do.
      if (step.stage === "missing" || step.stage === "state") continue;
      error = Object.values(step.errors)[0] ?? "Không rõ lý do.";
    } catch (err) {
      // Staff read this on the schedules page: never the database's own words, which the log keeps.
      logger.warn({ err, articleId: id, cause: dbRootMessage(err) }, "scheduled publish failed");
      error = SCHEDULE_SYSTEM_ERROR;
    }
    result.failed.push({ id, error });
    try {
      await applyTransition(articleWorkflow, SYSTEM_ACTOR, id, "schedule_failed", { error: error.slice(0, 500) }, now);
    } catch (recordErr) {
      logger.error({ err: recordErr, articleId: id }, "could not record a scheduled publish failure");
    }
  }
  return result;
}
