// Newsroom writes: articles, their revisions and the workflow draft → in review → published (or scheduled,
// or published without review with a recorded reason), unpublish, restore, and the scheduler's job.
// Rules held here, whoever calls: every change checks the actor's permission, runs in one transaction with
// its audit entry, stores only sanitised HTML, and nobody approves an article they created.
import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { articleRevisions, articles, categories, media, type Article } from "@/db/schema";
import { writeAudit, type AuditActor } from "@/lib/audit";
import type { AuditEvent } from "@/lib/audit/vocabulary";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { htmlToText, sanitizeRichText } from "@/lib/content/sanitize";
import { logger } from "@/lib/logger";
import { slugify } from "@/lib/text/slug";
import { mediaIdsIn, wrapMediaFigures, type FigureMedia } from "./figures";
import { listDueScheduledIds, MAX_SCHEDULE_ATTEMPTS } from "./queries";
import {
  articleInput,
  articleUpdateInput,
  restoreInput,
  scheduleInput,
  skipReviewInput,
  type ArticleData,
  type ArticleInput,
  type ScheduleInput,
} from "./validation";
import { fieldErrors } from "@/lib/kernel/parse";

export type FieldErrors = Record<string, string>;
export type MutationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };
export type ArticleChange = { id: number; slug: string; status: Article["status"]; version: number; isPublic: boolean };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The scheduler acts as nobody in particular: its audit entries say "system". */
export const SYSTEM_ACTOR: AuditActor = { id: null, email: "system", ip: "", userAgent: "newsroom-scheduler" };

/** Slugs a route already uses under /news/ (/news/list/... is the list route). */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["list"]);

const NOT_FOUND: FieldErrors = { _form: "Không tìm thấy bài viết." };

/** A refusal the caller shows beside a field or above the form; thrown inside a transaction to roll it back. */
class Refusal extends Error {
  constructor(readonly errors: FieldErrors) {
    super(Object.values(errors)[0]);
  }
}

const fail = (errors: FieldErrors) => ({ ok: false as const, errors });

/** What the audit log keeps of an article: every field but the body, which the revision of that version holds. */
function auditView(a: Article) {
  return {
    slug: a.slug,
    title: a.title,
    sapo: a.sapo,
    status: a.status,
    categoryId: a.categoryId,
    author: a.author,
    source: a.source,
    featured: a.featured,
    coverMediaId: a.coverMediaId,
    publishedAt: a.publishedAt,
    scheduledAt: a.scheduledAt,
    scheduleError: a.scheduleError,
    scheduleAttempts: a.scheduleAttempts,
    skipReviewReason: a.skipReviewReason,
    submittedById: a.submittedById,
    approvedById: a.approvedById,
    version: a.version,
    bodyLength: a.bodyHtml.length,
    bodySha256: createHash("sha256").update(a.bodyHtml).digest("hex"),
  };
}

/** The database's own words: drizzle wraps driver errors in one whose message repeats the whole query. */
function rootMessage(err: unknown): string {
  let e = err as { cause?: unknown; message?: string } | undefined;
  for (let i = 0; e && e.cause instanceof Error && i < 4; i++) e = e.cause as typeof e;
  return e?.message ?? String(err);
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown; message?: string } | undefined, i = 0; e && i < 4; e = e.cause as typeof e, i++) {
    if (e.code === "23505") return true;
  }
  return false;
}

/** A slug from the title that no other article uses and no route reserves: base, base-2, base-3... */
async function uniqueSlug(tx: Tx, title: string, exceptId?: number): Promise<string> {
  const base = slugify(title);
  const rows = await tx
    .select({ slug: articles.slug })
    .from(articles)
    .where(
      and(
        or(eq(articles.slug, base), sql`${articles.slug} ~ ${`^${base}-[0-9]+$`}`),
        exceptId === undefined ? undefined : sql`${articles.id} <> ${exceptId}`,
      ),
    );
  const taken = new Set(rows.map((r) => r.slug));
  for (const r of RESERVED_SLUGS) taken.add(r);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Library images get their figure and caption, then the sanitiser keeps only what is allowed. */
async function prepareBody(tx: Tx, html: string): Promise<{ bodyHtml: string; bodyText: string }> {
  const ids = mediaIdsIn(html);
  const rows: FigureMedia[] = ids.length
    ? await tx
        .select({ id: media.id, altText: media.altText, caption: media.caption, credit: media.credit })
        .from(media)
        .where(inArray(media.id, ids))
    : [];
  const wrapped = wrapMediaFigures(html, new Map(rows.map((r) => [r.id.toLowerCase(), r])));
  const bodyHtml = sanitizeRichText(wrapped);
  return { bodyHtml, bodyText: htmlToText(bodyHtml) };
}

async function checkReferences(tx: Tx, data: Pick<ArticleData, "categoryId" | "coverMediaId">): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const [c] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, data.categoryId));
  if (!c) errors.categoryId = "Chuyên mục không tồn tại. Vui lòng chọn lại.";
  if (data.coverMediaId) {
    const [m] = await tx.select({ id: media.id }).from(media).where(eq(media.id, data.coverMediaId));
    if (!m) errors.coverMediaId = "Ảnh đại diện không còn trong thư viện. Vui lòng chọn lại.";
  }
  return errors;
}

/** What an article needs before citizens may see it; null when it has it. */
export function publishProblem(a: Pick<Article, "title" | "sapo" | "bodyHtml" | "bodyText">): string | null {
  const missing: string[] = [];
  if (!a.title.trim()) missing.push("tiêu đề");
  if (!a.sapo.trim()) missing.push("sapo");
  if (!a.bodyText.trim() && !/<img\b/i.test(a.bodyHtml)) missing.push("nội dung");
  return missing.length ? `Bài viết chưa thể đăng vì còn thiếu ${missing.join(", ")}.` : null;
}

function snapshotRevision(a: Article, actorId: number | null) {
  return {
    articleId: a.id,
    version: a.version,
    title: a.title,
    sapo: a.sapo,
    bodyHtml: a.bodyHtml,
    categoryId: a.categoryId,
    author: a.author,
    source: a.source,
    createdById: actorId,
  };
}

function toChange(a: Article): ArticleChange {
  const isPublic = a.status === "published" && !!a.publishedAt && a.publishedAt.getTime() <= Date.now();
  return { id: a.id, slug: a.slug, status: a.status, version: a.version, isPublic };
}

/** Runs a change in a transaction; a Refusal rolls it back and becomes field errors; a slug race retries. */
async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<MutationResult<T>> {
  const db = await getDb();
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await db.transaction(work) };
    } catch (err) {
      if (err instanceof Refusal) return fail(err.errors);
      // Two saves chose the same free slug at once: the loser computes another one.
      if (attempt < 3 && isUniqueViolation(err)) continue;
      throw err;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Content

export async function createArticle(actor: Actor | null, input: ArticleInput): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.write");
  const parsed = articleInput.safeParse(input);
  if (!parsed.success) return fail(fieldErrors(parsed.error));
  const data = parsed.data;
  return inTransaction(async (tx) => {
    const refErrors = await checkReferences(tx, data);
    if (Object.keys(refErrors).length) throw new Refusal(refErrors);
    const body = await prepareBody(tx, data.bodyHtml);
    const [a] = await tx
      .insert(articles)
      .values({
        slug: await uniqueSlug(tx, data.title),
        title: data.title,
        sapo: data.sapo,
        ...body,
        categoryId: data.categoryId,
        author: data.author,
        source: data.source,
        featured: data.featured,
        coverMediaId: data.coverMediaId,
        status: "draft",
        createdById: actor.id,
        updatedById: actor.id,
        version: 1,
      })
      .returning();
    await tx.insert(articleRevisions).values(snapshotRevision(a, actor.id));
    await writeAudit(tx, actor, { action: "article.create", entity: "article", entityId: a.id, after: auditView(a) });
    return toChange(a);
  });
}

/** New content for a locked article: bumps the version and stores the revision of that version. */
async function saveContent(
  tx: Tx,
  actor: Actor,
  before: Article,
  content: Pick<Article, "title" | "sapo" | "categoryId" | "author" | "source"> & { bodyHtml: string } & Partial<Pick<Article, "featured" | "coverMediaId">>,
  action: AuditEvent,
  extra?: Record<string, unknown>,
): Promise<Article> {
  // Articles loaded without the newsroom (the demo seed, imports) have no revision of their current
  // content yet: keep it first, so the first edit can be compared and undone like any other.
  await tx
    .insert(articleRevisions)
    .values({ ...snapshotRevision(before, before.updatedById ?? before.createdById), createdAt: before.updatedAt })
    .onConflictDoNothing();
  const body = await prepareBody(tx, content.bodyHtml);
  // The address stays fixed once citizens may have seen it; until then it follows the title.
  const slug = before.publishedAt === null && content.title !== before.title ? await uniqueSlug(tx, content.title, before.id) : before.slug;
  const [after] = await tx
    .update(articles)
    .set({
      ...content,
      ...body,
      slug,
      version: before.version + 1,
      updatedById: actor.id,
      updatedAt: sql`now()`,
    })
    .where(eq(articles.id, before.id))
    .returning();
  await tx.insert(articleRevisions).values(snapshotRevision(after, actor.id));
  await writeAudit(tx, actor, { action, entity: "article", entityId: after.id, before: auditView(before), after: { ...auditView(after), ...extra } });
  return after;
}

async function lockArticle(tx: Tx, id: number): Promise<Article> {
  const [a] = await tx.select().from(articles).where(eq(articles.id, id)).for("update");
  if (!a) throw new Refusal(NOT_FOUND);
  return a;
}

function staleVersion(current: number): Refusal {
  return new Refusal({
    _form: `Bài viết vừa được lưu bởi người khác (phiên bản ${current}). Vui lòng tải lại trang, xem thay đổi rồi sửa tiếp; nội dung bạn vừa nhập vẫn còn trong biểu mẫu.`,
  });
}

export async function updateArticle(
  actor: Actor | null,
  id: number,
  input: ArticleInput & { version?: number | string },
): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.write");
  const parsed = articleUpdateInput.safeParse({ ...input, id });
  if (!parsed.success) return fail(fieldErrors(parsed.error));
  const { id: _id, version, ...data } = parsed.data;
  return inTransaction(async (tx) => {
    const before = await lockArticle(tx, id);
    if (version !== undefined && version !== before.version) throw staleVersion(before.version);
    const refErrors = await checkReferences(tx, data);
    if (Object.keys(refErrors).length) throw new Refusal(refErrors);
    return toChange(await saveContent(tx, actor, before, data, "article.update"));
  });
}

export async function restoreRevision(
  actor: Actor | null,
  input: { id: number | string; revisionId: number | string; version?: number | string },
): Promise<MutationResult<ArticleChange & { restoredVersion: number }>> {
  assertCan(actor, "news.write");
  const parsed = restoreInput.safeParse(input);
  if (!parsed.success) return fail({ _form: "Không tìm thấy phiên bản cần khôi phục." });
  const { id, revisionId } = parsed.data;
  return inTransaction(async (tx) => {
    const before = await lockArticle(tx, id);
    const [rev] = await tx
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, id)));
    if (!rev) throw new Refusal({ _form: "Không tìm thấy phiên bản cần khôi phục." });
    const refErrors = await checkReferences(tx, { categoryId: rev.categoryId, coverMediaId: null });
    if (refErrors.categoryId) throw new Refusal({ _form: "Chuyên mục của phiên bản này đã bị xóa: hãy chọn chuyên mục khác rồi lưu." });
    const content = { title: rev.title, sapo: rev.sapo, bodyHtml: rev.bodyHtml, categoryId: rev.categoryId, author: rev.author, source: rev.source };
    const after = await saveContent(tx, actor, before, content, "article.restore_revision", { restoredFromVersion: rev.version });
    return { ...toChange(after), restoredVersion: rev.version };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Workflow

type Decision = Partial<typeof articles.$inferInsert>;

/** A status change on a locked article: `decide` refuses (Refusal) or says what to set. */
async function transition(
  actor: Actor,
  id: number,
  action: AuditEvent,
  decide: (a: Article) => Decision,
  extra?: Record<string, unknown>,
): Promise<MutationResult<ArticleChange>> {
  return inTransaction(async (tx) => {
    const before = await lockArticle(tx, id);
    const set = decide(before);
    const [after] = await tx
      .update(articles)
      .set({ ...set, updatedById: actor.id, updatedAt: sql`now()` })
      .where(eq(articles.id, id))
      .returning();
    await writeAudit(tx, actor, { action, entity: "article", entityId: id, before: auditView(before), after: { ...auditView(after), ...extra } });
    return toChange(after);
  });
}

function refuseUnlessPublishable(a: Article): void {
  const problem = publishProblem(a);
  if (problem) throw new Refusal({ _form: problem });
}

const clearedSchedule = { scheduledAt: null, scheduleError: null, scheduleAttempts: 0 } as const;

export async function submitForReview(actor: Actor | null, id: number): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.write");
  return transition(actor, id, "article.submit_for_review", (a) => {
    if (a.status !== "draft" && a.status !== "unpublished") {
      throw new Refusal({ _form: "Chỉ gửi duyệt được bài ở trạng thái bản nháp (hoặc đã gỡ)." });
    }
    return { status: "in_review", submittedById: actor.id, approvedById: null, skipReviewReason: null, ...clearedSchedule };
  });
}

/** The author may never approve their own article: "review" means a second pair of eyes. */
function refuseAuthor(actor: Actor, a: Article, field = "_form"): void {
  if (a.createdById !== null && a.createdById === actor.id) {
    throw new Refusal({
      [field]: "Bạn là người viết bài này nên không thể tự duyệt. Bài cần được một biên tập viên khác duyệt (hoặc đăng không qua duyệt kèm lý do).",
    });
  }
}

export async function approveAndPublish(actor: Actor | null, id: number): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.review");
  assertCan(actor, "news.publish");
  return transition(actor, id, "article.approve_publish", (a) => {
    if (a.status !== "in_review") throw new Refusal({ _form: "Chỉ duyệt được bài đang chờ duyệt." });
    refuseAuthor(actor, a);
    refuseUnlessPublishable(a);
    return { status: "published", approvedById: actor.id, skipReviewReason: null, publishedAt: a.publishedAt ?? new Date(), ...clearedSchedule };
  });
}

export async function publishWithoutReview(actor: Actor | null, id: number, input: { reason: string }): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.publish");
  const parsed = skipReviewInput.safeParse(input);
  if (!parsed.success) return fail(fieldErrors(parsed.error));
  const { reason } = parsed.data;
  return transition(
    actor,
    id,
    "article.publish_without_review",
    (a) => {
      if (a.status === "published") throw new Refusal({ _form: "Bài viết đã được đăng." });
      refuseUnlessPublishable(a);
      return { status: "published", approvedById: null, skipReviewReason: reason, publishedAt: a.publishedAt ?? new Date(), ...clearedSchedule };
    },
    { reason },
  );
}

/**
 * Publishing at a set time. The article must be approved — by this step, taken by someone other than the
 * author on an article in review, or earlier on an article already scheduled — or carry a reason for
 * skipping review. The time is typed in Asia/Ho_Chi_Minh and must be in the future.
 */
export async function scheduleArticle(
  actor: Actor | null,
  id: number,
  input: ScheduleInput,
  now: Date = new Date(),
): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.publish");
  const parsed = scheduleInput.safeParse(input);
  if (!parsed.success) return fail(fieldErrors(parsed.error));
  const { scheduledAt, reason } = parsed.data;
  if (scheduledAt.getTime() <= now.getTime()) return fail({ scheduledAt: "Thời điểm đăng phải ở tương lai." });
  return transition(
    actor,
    id,
    "article.schedule",
    (a) => {
      if (a.status === "published") throw new Refusal({ _form: "Bài viết đã được đăng; muốn hẹn giờ lại, hãy gỡ bài trước." });
      refuseUnlessPublishable(a);
      const base = { status: "scheduled" as const, scheduledAt, scheduleError: null, scheduleAttempts: 0 };
      if (reason) return { ...base, approvedById: null, skipReviewReason: reason };
      const alreadyApproved = a.status === "scheduled" && ((a.approvedById !== null && a.approvedById !== a.createdById) || !!a.skipReviewReason);
      if (alreadyApproved) return base;
      if (a.status === "in_review") {
        refuseAuthor(actor, a, "reason");
        return { ...base, approvedById: actor.id, skipReviewReason: null };
      }
      throw new Refusal({ reason: "Bài chưa được duyệt: hãy gửi duyệt để người khác duyệt, hoặc nêu lý do đăng không qua duyệt." });
    },
    reason ? { reason } : undefined,
  );
}

/** Back to draft: withdraws an article from review, cancels a schedule, or reopens an unpublished one. */
export async function returnToDraft(actor: Actor | null, id: number): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.write");
  return transition(actor, id, "article.return_to_draft", (a) => {
    if (a.status === "draft") throw new Refusal({ _form: "Bài viết đang là bản nháp." });
    if (a.status === "published") throw new Refusal({ _form: "Bài đang đăng: hãy gỡ bài trước khi đưa về bản nháp." });
    return { status: "draft", approvedById: null, skipReviewReason: null, ...clearedSchedule };
  });
}

/** Cancels a schedule (the article goes back to draft, its approval with it). */
export async function unscheduleArticle(actor: Actor | null, id: number): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.publish");
  return transition(actor, id, "article.unschedule", (a) => {
    if (a.status !== "scheduled") throw new Refusal({ _form: "Bài viết không có lịch đăng." });
    return { status: "draft", approvedById: null, skipReviewReason: null, ...clearedSchedule };
  });
}

/**
 * A failed schedule, once staff fixed the cause: due again now, attempts reset; the approval stands. The
 * next scheduler run (or the caller, with publishDueArticles) publishes it.
 */
export async function retryFailedSchedule(actor: Actor | null, id: number): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.publish");
  return transition(actor, id, "article.retry_schedule", (a) => {
    if (a.status !== "scheduled" || a.scheduleError === null) throw new Refusal({ _form: "Bài viết không có lịch đăng bị lỗi." });
    refuseUnlessPublishable(a);
    return { scheduledAt: new Date(), scheduleError: null, scheduleAttempts: 0 };
  });
}

export async function unpublishArticle(actor: Actor | null, id: number): Promise<MutationResult<ArticleChange>> {
  assertCan(actor, "news.publish");
  return transition(actor, id, "article.unpublish", (a) => {
    if (a.status !== "published") throw new Refusal({ _form: "Chỉ gỡ được bài đang đăng." });
    return { status: "unpublished" };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The scheduler's job

export type DueRunResult = { published: { id: number; slug: string }[]; failed: { id: number; error: string }[] };

/**
 * Publishes every scheduled article whose time has come, each in its own transaction, with publishedAt =
 * the scheduled time. A failure is recorded on the article (error text, attempt count) in a transaction of
 * its own, so it stays listed as failed; after MAX_SCHEDULE_ATTEMPTS the job stops retrying it.
 */
export async function publishDueArticles(now: Date = new Date()): Promise<DueRunResult> {
  const result: DueRunResult = { published: [], failed: [] };
  const db = await getDb();
  for (const id of await listDueScheduledIds(now)) {
    try {
      const published = await db.transaction(async (tx) => {
        const [a] = await tx
          .select()
          .from(articles)
          .where(
            and(
              eq(articles.id, id),
              eq(articles.status, "scheduled"),
              sql`${articles.scheduledAt} <= ${now.toISOString()}::timestamptz`,
              lt(articles.scheduleAttempts, MAX_SCHEDULE_ATTEMPTS),
            ),
          )
          .for("update", { skipLocked: true });
        if (!a) return null; // changed meanwhile, or another server instance has it
        const problem = publishProblem(a);
        if (problem) throw new Refusal({ _form: problem });
        const [after] = await tx
          .update(articles)
          .set({ status: "published", publishedAt: a.scheduledAt, scheduleError: null, updatedAt: sql`now()` })
          .where(eq(articles.id, id))
          .returning();
        await writeAudit(tx, SYSTEM_ACTOR, { action: "article.publish_scheduled", entity: "article", entityId: id, before: auditView(a), after: auditView(after) });
        return { id, slug: after.slug };
      });
      if (published) result.published.push(published);
    } catch (err) {
      // Staff read this on the schedules page: our own refusals as they are, anything else marked technical.
      const error =
        err instanceof Refusal ? err.message : `Lỗi hệ thống khi đăng bài: ${rootMessage(err).slice(0, 300)}`;
      result.failed.push({ id, error });
      logger.warn({ err, articleId: id }, "scheduled publish failed");
      try {
        await db.transaction(async (tx) => {
          const [before] = await tx.select().from(articles).where(eq(articles.id, id)).for("update");
          if (!before || before.status !== "scheduled") return;
          const [after] = await tx
            .update(articles)
            .set({ scheduleError: error, scheduleAttempts: sql`${articles.scheduleAttempts} + 1`, updatedAt: sql`now()` })
            .where(eq(articles.id, id))
            .returning();
          await writeAudit(tx, SYSTEM_ACTOR, { action: "article.schedule_failed", entity: "article", entityId: id, before: auditView(before), after: auditView(after) });
        });
      } catch (recordErr) {
        logger.error({ err: recordErr, articleId: id }, "could not record a scheduled publish failure");
      }
    }
  }
  return result;
}
