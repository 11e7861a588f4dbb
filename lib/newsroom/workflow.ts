// The article workflow, declared once: draft → in review → published (approved by someone other than the
// author), or published without review with a recorded reason, or scheduled; unpublish takes it down; the
// scheduler (the system) publishes what is due and records what fails. Pages offer exactly the steps
// availableTransitions() returns; every step is written by applyTransition (lib/workflow/engine.ts).
import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { articles, type Article } from "@/db/schema";
import type { Actor, AnyActor } from "@/lib/auth/permissions";
import { parseRecordId, refuse, type Result } from "@/lib/kernel";
import { applyTransition, defineWorkflow, type TransitionResult } from "@/lib/workflow/engine";
import {
  ARTICLE_NOT_FOUND,
  articleAuditView,
  authorRefusal,
  lockArticle,
  refuseUnlessPublishable,
  toChange,
  type ArticleChange,
} from "./article-record";
import { foldOpenEdition, recordPublishedEdition } from "./editions";
import { MAX_SCHEDULE_ATTEMPTS } from "./queries";
import { scheduleErrorForStaff } from "./schedule-error";
import { scheduleInput, skipReviewInput, STATUS_LABELS, type ScheduleInput } from "./validation";


type Patch = Partial<typeof articles.$inferInsert>;

const cleared = { scheduledAt: null, scheduleError: null, scheduleAttempts: 0 } as const;

/** Approved for its schedule: by someone other than its author, or with a reason for skipping review. */
export const scheduleApproved = (a: Article) => (a.approvedById !== null && a.approvedById !== a.createdById) || !!a.skipReviewReason;

const isAuthor = (a: Article, actor: AnyActor) => a.createdById !== null && a.createdById === actor.id;

const notYetReviewed = "Bài chưa được duyệt: hãy gửi duyệt để người khác duyệt, hoặc nêu lý do đăng không qua duyệt.";

export const articleWorkflow = defineWorkflow<Article, Article["status"], Patch>()({
  subject: "article",
  states: STATUS_LABELS,
  notFound: ARTICLE_NOT_FOUND,
  load: lockArticle,
  idOf: (a: Article) => a.id,
  auditView: articleAuditView,
  async save(tx, record, patch, actor) {
    const [after] = await tx
      .update(articles)
      .set({ ...patch, updatedById: actor.id ?? record.updatedById, updatedAt: sql`now()` })
      .where(eq(articles.id, record.id))
      .returning();
    return after;
  },
  transitions: {
    submit_for_review: {
      label: (a) => (a.status === "unpublished" ? "Gửi duyệt lại" : "Gửi duyệt"),
      from: ["draft", "unpublished"],
      permission: "news.write",
      audit: "article.submit_for_review",
      wrongState: "Chỉ gửi duyệt được bài ở trạng thái bản nháp (hoặc đã gỡ).",
      apply: ({ actor }) => ({ status: "in_review", submittedById: actor.id, approvedById: null, skipReviewReason: null, ...cleared }),
      ui: { form: "button", pendingText: "Đang gửi…", testId: "submit-for-review" },
    },
    approve_publish: {
      label: "Duyệt và đăng",
      from: ["in_review"],
      permission: "news.review",
      alsoRequires: ["news.publish"],
      audit: "article.approve_publish",
      changesPublic: true,
      wrongState: "Chỉ duyệt được bài đang chờ duyệt.",
      guard: (a, actor) => authorRefusal(a.createdById, actor.id),
      apply: ({ record, actor, now }) => {
        refuseUnlessPublishable(record);
        return { status: "published", approvedById: actor.id, skipReviewReason: null, publishedAt: record.publishedAt ?? now, ...cleared };
      },
      effect: ({ tx, after, actor }) => recordPublishedEdition(tx, after, actor),
      ui: { form: "button", pendingText: "Đang đăng…", testId: "approve" },
    },
    publish_without_review: {
      label: "Đăng ngay",
      from: ["draft", "in_review", "unpublished", "scheduled"],
      permission: "news.publish",
      audit: "article.publish_without_review",
      changesPublic: true,
      wrongState: "Bài viết đã được đăng.",
      input: skipReviewInput,
      apply: ({ record, input, now }) => {
        refuseUnlessPublishable(record);
        return { status: "published", approvedById: null, skipReviewReason: input.reason, publishedAt: record.publishedAt ?? now, ...cleared };
      },
      effect: ({ tx, after, actor }) => recordPublishedEdition(tx, after, actor),
      auditExtra: ({ input }) => ({ reason: input.reason }),
      ui: (a) => ({ form: "reason", variant: "secondary", summary: a.status === "unpublished" ? "Đăng lại ngay, không qua duyệt" : "Đăng ngay, không qua duyệt", pendingText: "Đang đăng…" }),
    },
    // One step for every way of setting a time: approving and scheduling an article in review (someone else's),
    // scheduling without review with a reason, or moving the time of an approved schedule.
    schedule: {
      label: (a, actor) =>
        a.status === "scheduled" ? "Lưu giờ đăng mới" : a.status === "in_review" && !isAuthor(a, actor) ? "Duyệt và hẹn giờ" : "Hẹn giờ đăng",
      from: ["draft", "in_review", "unpublished", "scheduled"],
      permission: "news.publish",
      audit: "article.schedule",
      wrongState: "Bài viết đã được đăng; muốn hẹn giờ lại, hãy gỡ bài trước.",
      input: scheduleInput,
      apply: ({ record: a, actor, input, now }) => {
        if (input.scheduledAt.getTime() <= now.getTime()) refuse({ scheduledAt: "Thời điểm đăng phải ở tương lai." });
        refuseUnlessPublishable(a);
        const base = { status: "scheduled" as const, scheduledAt: input.scheduledAt, scheduleError: null, scheduleAttempts: 0 };
        if (input.reason) return { ...base, approvedById: null, skipReviewReason: input.reason };
        if (a.status === "scheduled" && scheduleApproved(a)) return base;
        if (a.status === "in_review") {
          const refusal = authorRefusal(a.createdById, actor.id, "reason");
          if (refusal) refuse(refusal);
          return { ...base, approvedById: actor.id, skipReviewReason: null };
        }
        refuse({ reason: notYetReviewed });
      },
      auditExtra: ({ input }) => (input.reason ? { reason: input.reason } : undefined),
      ui: (a, actor) => {
        const approves = (a.status === "in_review" && !isAuthor(a, actor)) || (a.status === "scheduled" && scheduleApproved(a));
        const summary = a.status === "scheduled" ? "Đổi giờ đăng" : a.status === "in_review" && !isAuthor(a, actor) ? "Duyệt và hẹn giờ đăng" : "Hẹn giờ đăng";
        return { form: "schedule", variant: "secondary", summary, reason: approves ? "optional" : "required", pendingText: "Đang hẹn giờ…", testId: "schedule-submit" };
      },
    },
    unschedule: {
      label: "Hủy hẹn giờ",
      from: ["scheduled"],
      permission: "news.publish",
      audit: "article.unschedule",
      wrongState: "Bài viết không có lịch đăng.",
      apply: () => ({ status: "draft", approvedById: null, skipReviewReason: null, ...cleared }),
      ui: { form: "button", variant: "danger", pendingText: "Đang hủy…" },
    },
    retry_schedule: {
      label: "Thử lại",
      from: ["scheduled"],
      when: (a) => a.scheduleError !== null,
      permission: "news.publish",
      audit: "article.retry_schedule",
      wrongState: "Bài viết không có lịch đăng bị lỗi.",
      // Due again now, attempts reset; the approval stands. The next scheduler run publishes it.
      apply: ({ record, now }) => {
        refuseUnlessPublishable(record);
        return { scheduledAt: now, scheduleError: null, scheduleAttempts: 0 };
      },
      ui: { form: "button", variant: "secondary", pendingText: "Đang thử lại…" },
    },
    return_to_draft: {
      label: (a) => (a.status === "in_review" ? "Rút về bản nháp" : "Đưa về bản nháp"),
      from: ["in_review", "unpublished"],
      permission: "news.write",
      audit: "article.return_to_draft",
      wrongState: (a) =>
        a.status === "draft"
          ? "Bài viết đang là bản nháp."
          : a.status === "published"
            ? "Bài đang đăng: hãy gỡ bài trước khi đưa về bản nháp."
            : "Bài đang hẹn giờ: hãy hủy hẹn giờ.",
      apply: () => ({ status: "draft", approvedById: null, skipReviewReason: null, ...cleared }),
      ui: { form: "button", variant: "secondary" },
    },
    unpublish: {
      label: "Gỡ bài",
      from: ["published"],
      permission: "news.publish",
      audit: "article.unpublish",
      changesPublic: true,
      wrongState: "Chỉ gỡ được bài đang đăng.",
      apply: () => ({ status: "unpublished" }),
      // A takedown is never blocked: an edition being written is kept, as the article's working content.
      effect: ({ tx, after, actor }) => foldOpenEdition(tx, after, actor),
      ui: { form: "button", variant: "danger", pendingText: "Đang gỡ…", testId: "unpublish" },
    },
    publish_scheduled: {
      label: "Đăng theo lịch",
      from: ["scheduled"],
      when: (a, now) => !!a.scheduledAt && a.scheduledAt.getTime() <= now.getTime() && a.scheduleAttempts < MAX_SCHEDULE_ATTEMPTS,
      permission: "system",
      audit: "article.publish_scheduled",
      changesPublic: true,
      wrongState: "Bài viết không còn chờ đăng theo lịch.",
      apply: ({ record }) => {
        refuseUnlessPublishable(record);
        return { status: "published", publishedAt: record.scheduledAt, scheduleError: null };
      },
      effect: ({ tx, after, actor }) => recordPublishedEdition(tx, after, actor),
      ui: { form: "button" },
    },
    schedule_failed: {
      label: "Ghi nhận lỗi đăng theo lịch",
      from: ["scheduled"],
      permission: "system",
      audit: "article.schedule_failed",
      wrongState: "Bài viết không còn chờ đăng theo lịch.",
      input: z.object({ error: z.string().min(1).max(500) }),
      // Staff read this: whatever the caller passed, only a Vietnamese reason of ours is stored.
      apply: ({ record, input }) => ({ scheduleError: scheduleErrorForStaff(input.error), scheduleAttempts: record.scheduleAttempts + 1 }),
      ui: { form: "button" },
    },
  },
});

export type ArticleStep = keyof typeof articleWorkflow.transitions;

const asChange = (r: TransitionResult<Article>): Result<ArticleChange> => (r.ok ? { ok: true, value: toChange(r.value) } : { ok: false, errors: r.errors });

/** One step on an article, as a person (the form actions and tests call these). */
export async function takeArticleStep(actor: Actor | null, id: number | string, step: ArticleStep, input?: unknown, now?: Date): Promise<Result<ArticleChange>> {
  const n = parseRecordId(id);
  if (n === null) return { ok: false, errors: { _form: ARTICLE_NOT_FOUND } };
  return asChange(await applyTransition(articleWorkflow, actor, n, step, input, now));
}

export const submitForReview = (actor: Actor | null, id: number | string) => takeArticleStep(actor, id, "submit_for_review");
export const approveAndPublish = (actor: Actor | null, id: number | string) => takeArticleStep(actor, id, "approve_publish");
export const publishWithoutReview = (actor: Actor | null, id: number | string, input: { reason: string }) => takeArticleStep(actor, id, "publish_without_review", input);
export const unscheduleArticle = (actor: Actor | null, id: number | string) => takeArticleStep(actor, id, "unschedule");
export const retryFailedSchedule = (actor: Actor | null, id: number | string) => takeArticleStep(actor, id, "retry_schedule");
export const returnToDraft = (actor: Actor | null, id: number | string) => takeArticleStep(actor, id, "return_to_draft");
export const unpublishArticle = (actor: Actor | null, id: number | string) => takeArticleStep(actor, id, "unpublish");

/**
 * Publishing at a set time, typed in Asia/Ho_Chi_Minh. The article must be approved — by this step, taken by
 * someone other than the author on an article in review, or earlier on an article already scheduled — or
 * carry a reason for skipping review.
 */
export async function scheduleArticle(actor: Actor | null, id: number | string, input: ScheduleInput, now: Date = new Date()): Promise<Result<ArticleChange>> {
  return takeArticleStep(actor, id, "schedule", input, now);
}
