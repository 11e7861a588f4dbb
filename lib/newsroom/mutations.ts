// The newsroom's writes, in one place for callers: content (create, save, restore: content.ts), the
// article workflow (workflow.ts), editions of published articles (editions.ts) and the scheduler's job
// (scheduled-publishing.ts). Every write checks the actor's permission, runs in one transaction with its
// audit entry, and stores only sanitised HTML.
import "server-only";

export type { Result as MutationResult } from "@/lib/kernel";
export { SYSTEM_ACTOR } from "@/lib/auth/permissions";
export { publishProblem, RESERVED_SLUGS, type ArticleChange } from "./article-record";
export { createArticle, restoreRevision, updateArticle, type ContentChange } from "./content";
export {
  approveAndPublish,
  publishWithoutReview,
  retryFailedSchedule,
  returnToDraft,
  scheduleArticle,
  submitForReview,
  unpublishArticle,
  unscheduleArticle,
} from "./workflow";
export { approveEdition, discardEdition, publishEditionWithoutReview, returnEditionToDraft, submitEditionForReview, type EditionChange } from "./editions";
export { publishDueArticles, type DueRunResult } from "./scheduled-publishing";
