// Editions of published articles. Saving a published article never changes what citizens read: the edit
// goes into the article's one open edition (draft → in review), which reaches the public only when someone
// other than its author approves it, or it is published without review with a recorded reason. Each
// publication of an article is recorded as an edition, so the article's history lists every version that
// was public. Discarding an open edition leaves the live article as it is.
import "server-only";
import { and, eq, inArray, max, sql } from "drizzle-orm";
import { articleEditions, type Article, type ArticleEdition } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { Actor, AnyActor } from "@/lib/auth/permissions";
import { parseRecordId, refuse, type Result, type Tx } from "@/lib/kernel";
import { applyTransition, defineWorkflow, type TransitionResult } from "@/lib/workflow/engine";
import {
  authorRefusal,
  bodyHash,
  isPublicNow,
  lockArticle,
  prepareBody,
  refuseUnlessPublishable,
  staleVersionMessage,
  writeArticleContent,
  type ArticleContent,
} from "./article-record";
import { EDITION_STATUS_LABELS, skipReviewInput } from "./validation";

export type EditionRecord = ArticleEdition & { article: Article };
export type EditionChange = { id: number; articleId: number; slug: string; number: number; status: ArticleEdition["status"]; isPublic: boolean };

export const OPEN_EDITION_STATUSES = ["draft", "in_review"] as const;
const EDITION_NOT_FOUND = "Không tìm thấy ấn bản này (có thể đã được đăng hoặc đã hủy).";

export function editionAuditView(e: ArticleEdition) {
  return {
    articleId: e.articleId,
    number: e.number,
    status: e.status,
    title: e.title,
    sapo: e.sapo,
    categoryId: e.categoryId,
    author: e.author,
    source: e.source,
    featured: e.featured,
    coverMediaId: e.coverMediaId,
    version: e.version,
    submittedById: e.submittedById,
    approvedById: e.approvedById,
    skipReviewReason: e.skipReviewReason,
    closedReason: e.closedReason,
    publishedAt: e.publishedAt,
    bodyLength: e.bodyHtml.length,
    bodySha256: bodyHash(e.bodyHtml),
  };
}

const contentOf = (e: ArticleEdition | Article): ArticleContent => ({
  title: e.title,
  sapo: e.sapo,
  bodyHtml: e.bodyHtml,
  categoryId: e.categoryId,
  author: e.author,
  source: e.source,
  featured: e.featured,
  coverMediaId: e.coverMediaId,
});

async function nextEditionNumber(tx: Tx, articleId: number): Promise<number> {
  const [{ n }] = await tx.select({ n: max(articleEditions.number) }).from(articleEditions).where(eq(articleEditions.articleId, articleId));
  return Number(n ?? 0) + 1;
}

/**
 * Records that the article's current content went public (its first publication, a republication, or a
 * scheduled publication): a published edition with the next number. Runs inside the publishing step.
 */
export async function recordPublishedEdition(tx: Tx, article: Article, actor: AnyActor): Promise<{ edition: number }> {
  const number = await nextEditionNumber(tx, article.id);
  await tx.insert(articleEditions).values({
    articleId: article.id,
    number,
    status: "published",
    ...contentOf(article),
    bodyText: article.bodyText,
    createdById: article.updatedById ?? article.createdById,
    updatedById: actor.id,
    submittedById: article.submittedById,
    approvedById: article.approvedById,
    skipReviewReason: article.skipReviewReason,
    publishedAt: article.publishedAt ?? new Date(),
  });
  return { edition: number };
}

/** Articles published before editions existed (or by the seed) get their live content recorded as edition 1 first. */
async function ensureLiveEdition(tx: Tx, article: Article): Promise<void> {
  const [any] = await tx.select({ id: articleEditions.id }).from(articleEditions).where(eq(articleEditions.articleId, article.id)).limit(1);
  if (!any) {
    await tx.insert(articleEditions).values({
      articleId: article.id,
      number: 1,
      status: "published",
      ...contentOf(article),
      bodyText: article.bodyText,
      createdById: article.createdById,
      updatedById: article.updatedById,
      approvedById: article.approvedById,
      skipReviewReason: article.skipReviewReason,
      publishedAt: article.publishedAt,
      createdAt: article.createdAt,
    });
  }
}

async function lockOpenEdition(tx: Tx, articleId: number): Promise<ArticleEdition | null> {
  const [e] = await tx
    .select()
    .from(articleEditions)
    .where(and(eq(articleEditions.articleId, articleId), inArray(articleEditions.status, [...OPEN_EDITION_STATUSES])))
    .for("update");
  return e ?? null;
}

/**
 * An edit of a published (locked) article: into its open edition, or a new one. `expect` is what the editor
 * started from (the edition and its version, or the article's version), so a concurrent save is not overwritten.
 */
export async function saveIntoEdition(
  tx: Tx,
  actor: Actor,
  article: Article,
  content: ArticleContent,
  expect: { editionId?: number; version?: number },
  extra?: Record<string, unknown>,
): Promise<EditionRecord> {
  const open = await lockOpenEdition(tx, article.id);
  const body = await prepareBody(tx, content.bodyHtml);
  if (open) {
    if (expect.version !== undefined && (expect.editionId !== open.id || expect.version !== open.version)) refuse(staleVersionMessage(open.version));
    const [after] = await tx
      .update(articleEditions)
      .set({ ...content, ...body, version: open.version + 1, updatedById: actor.id, updatedAt: sql`now()` })
      .where(eq(articleEditions.id, open.id))
      .returning();
    await writeAudit(tx, actor, { action: "edition.update", entity: "article_edition", entityId: after.id, before: editionAuditView(open), after: { ...editionAuditView(after), ...extra } });
    return { ...after, article };
  }
  if (expect.editionId !== undefined) refuse("Ấn bản bạn đang sửa vừa được đăng hoặc bị hủy. Vui lòng tải lại trang; nội dung bạn vừa nhập vẫn còn trong biểu mẫu.");
  if (expect.version !== undefined && expect.version !== article.version) refuse(staleVersionMessage(article.version));
  await ensureLiveEdition(tx, article);
  const [created] = await tx
    .insert(articleEditions)
    .values({ articleId: article.id, number: await nextEditionNumber(tx, article.id), status: "draft", ...content, ...body, createdById: actor.id, updatedById: actor.id })
    .returning();
  await writeAudit(tx, actor, { action: "edition.create", entity: "article_edition", entityId: created.id, after: { ...editionAuditView(created), ...extra } });
  return { ...created, article };
}

/**
 * The article is being taken down while an edition was open: the edition's content becomes the article's
 * working content (a new revision; citizens see nothing either way now), and the edition is closed, so no
 * work is lost and republishing goes through review as any unpublished article does.
 */
export async function foldOpenEdition(tx: Tx, article: Article, actor: AnyActor): Promise<Record<string, unknown> | void> {
  const open = await lockOpenEdition(tx, article.id);
  if (!open) return;
  await writeArticleContent(tx, actor.id, article, contentOf(open));
  await tx
    .update(articleEditions)
    .set({ status: "discarded", closedReason: "Bài bị gỡ: nội dung ấn bản trở thành bản làm việc của bài.", closedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(articleEditions.id, open.id));
  return { foldedEdition: open.number };
}

type Patch = Partial<typeof articleEditions.$inferInsert>;

/** The new content goes live: written into the article (a new version and revision), the edition marked published. */
async function goLive(tx: Tx, e: EditionRecord, actor: AnyActor): Promise<Record<string, unknown>> {
  const after = await writeArticleContent(tx, actor.id, e.article, contentOf(e));
  return { articleVersion: after.version };
}

export const editionWorkflow = defineWorkflow<EditionRecord, ArticleEdition["status"], Patch>()({
  subject: "article_edition",
  states: EDITION_STATUS_LABELS,
  notFound: EDITION_NOT_FOUND,
  // The article first, then the edition: the same lock order as an edit of the article, so they never deadlock.
  async load(tx, id) {
    const [head] = await tx.select({ articleId: articleEditions.articleId }).from(articleEditions).where(eq(articleEditions.id, id));
    if (!head) return null;
    const article = await lockArticle(tx, head.articleId);
    const [e] = await tx.select().from(articleEditions).where(eq(articleEditions.id, id)).for("update");
    return article && e ? { ...e, article } : null;
  },
  async save(tx, record, patch, actor) {
    const [after] = await tx
      .update(articleEditions)
      .set({ ...patch, updatedById: actor.id ?? record.updatedById, updatedAt: sql`now()` })
      .where(eq(articleEditions.id, record.id))
      .returning();
    return { ...after, article: record.article };
  },
  idOf: (e: EditionRecord) => e.id,
  auditView: (e: EditionRecord) => editionAuditView(e),
  transitions: {
    submit_for_review: {
      label: "Gửi duyệt ấn bản",
      from: ["draft"],
      permission: "news.write",
      audit: "edition.submit_for_review",
      wrongState: "Chỉ gửi duyệt được ấn bản đang là bản nháp.",
      apply: ({ actor }) => ({ status: "in_review", submittedById: actor.id, approvedById: null, skipReviewReason: null }),
      ui: { form: "button", pendingText: "Đang gửi…", testId: "edition-submit" },
    },
    approve_publish: {
      label: "Duyệt và đăng ấn bản",
      from: ["in_review"],
      permission: "news.review",
      alsoRequires: ["news.publish"],
      audit: "edition.approve_publish",
      changesPublic: true,
      wrongState: "Chỉ duyệt được ấn bản đang chờ duyệt.",
      guard: (e, actor) => authorRefusal(e.createdById, actor.id),
      apply: ({ record, actor, now }) => {
        refuseUnlessPublishable(record);
        return { status: "published", approvedById: actor.id, skipReviewReason: null, publishedAt: now };
      },
      effect: ({ tx, record, actor }) => goLive(tx, record, actor),
      ui: { form: "button", pendingText: "Đang đăng…", testId: "edition-approve" },
    },
    publish_without_review: {
      label: "Đăng ấn bản ngay",
      from: ["draft", "in_review"],
      permission: "news.publish",
      audit: "edition.publish_without_review",
      changesPublic: true,
      wrongState: "Ấn bản này không còn mở.",
      input: skipReviewInput,
      apply: ({ record, input, now }) => {
        refuseUnlessPublishable(record);
        return { status: "published", approvedById: null, skipReviewReason: input.reason, publishedAt: now };
      },
      effect: ({ tx, record, actor }) => goLive(tx, record, actor),
      auditExtra: ({ input }) => ({ reason: input.reason }),
      ui: { form: "reason", variant: "secondary", summary: "Đăng ấn bản ngay, không qua duyệt", pendingText: "Đang đăng…" },
    },
    return_to_draft: {
      label: "Rút ấn bản về bản nháp",
      from: ["in_review"],
      permission: "news.write",
      audit: "edition.return_to_draft",
      wrongState: "Chỉ rút được ấn bản đang chờ duyệt.",
      apply: () => ({ status: "draft", approvedById: null, skipReviewReason: null }),
      ui: { form: "button", variant: "secondary" },
    },
    discard: {
      label: "Hủy ấn bản (giữ nguyên bản đang đăng)",
      from: ["draft", "in_review"],
      permission: "news.write",
      audit: "edition.discard",
      wrongState: "Ấn bản này không còn mở.",
      apply: ({ now }) => ({ status: "discarded", closedReason: "Hủy bởi biên tập viên.", closedAt: now }),
      ui: { form: "button", variant: "danger", pendingText: "Đang hủy…", testId: "edition-discard" },
    },
  },
});

export type EditionStep = keyof typeof editionWorkflow.transitions;

const asChange = (r: TransitionResult<EditionRecord>): Result<EditionChange> =>
  r.ok
    ? {
        ok: true,
        value: { id: r.value.id, articleId: r.value.articleId, slug: r.value.article.slug, number: r.value.number, status: r.value.status, isPublic: isPublicNow(r.value.article) },
      }
    : { ok: false, errors: r.errors };

/** One step on an edition, as a person. */
export async function takeEditionStep(actor: Actor | null, editionId: number | string, step: EditionStep, input?: unknown): Promise<Result<EditionChange>> {
  const n = parseRecordId(editionId);
  if (n === null) return { ok: false, errors: { _form: EDITION_NOT_FOUND } };
  return asChange(await applyTransition(editionWorkflow, actor, n, step, input));
}

export const submitEditionForReview = (actor: Actor | null, editionId: number | string) => takeEditionStep(actor, editionId, "submit_for_review");
export const approveEdition = (actor: Actor | null, editionId: number | string) => takeEditionStep(actor, editionId, "approve_publish");
export const publishEditionWithoutReview = (actor: Actor | null, editionId: number | string, input: { reason: string }) =>
  takeEditionStep(actor, editionId, "publish_without_review", input);
export const returnEditionToDraft = (actor: Actor | null, editionId: number | string) => takeEditionStep(actor, editionId, "return_to_draft");
export const discardEdition = (actor: Actor | null, editionId: number | string) => takeEditionStep(actor, editionId, "discard");
