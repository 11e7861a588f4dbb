// What every newsroom write shares about an article: how it is locked, how its body is prepared (library
// figures, then the allowlist sanitiser), what the audit log keeps of it, what publishing requires, its
// revision snapshots and its unique address.
import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { articleRevisions, articles, categories, media, type Article } from "@/db/schema";
import { hasErrors, refuse, type FieldErrors, type Tx } from "@/lib/kernel";
import { htmlToText, sanitizeRichText } from "@/lib/content/sanitize";
import { slugify } from "@/lib/text/slug";
import { mediaIdsIn, wrapMediaFigures, type FigureMedia } from "./figures";

export type ArticleChange = { id: number; slug: string; status: Article["status"]; version: number; isPublic: boolean };

/** Slugs a route already uses under /news/ (/news/list/... is the list route). */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["list"]);

export const ARTICLE_NOT_FOUND = "Không tìm thấy bài viết.";

/** The fields an editor writes (the article form); editions carry the same. */
export type ArticleContent = Pick<Article, "title" | "sapo" | "categoryId" | "author" | "source" | "featured" | "coverMediaId"> & { bodyHtml: string };

/** What the audit log keeps of an article: every field but the body, which the revision of that version holds. */
export function articleAuditView(a: Article) {
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
    bodySha256: bodyHash(a.bodyHtml),
  };
}

export const bodyHash = (html: string) => createHash("sha256").update(html).digest("hex");

export function isPublicNow(a: Pick<Article, "status" | "publishedAt">, now = Date.now()): boolean {
  return a.status === "published" && !!a.publishedAt && a.publishedAt.getTime() <= now;
}

export function toChange(a: Article): ArticleChange {
  return { id: a.id, slug: a.slug, status: a.status, version: a.version, isPublic: isPublicNow(a) };
}

/** The newsroom's articles only: a conference report's news stream item is lib/conferences/news-item.ts's. */
export async function lockArticle(tx: Tx, id: number): Promise<Article | null> {
  const [a] = await tx.select().from(articles).where(and(eq(articles.id, id), isNull(articles.conferenceId))).for("update");
  return a ?? null;
}

/** What an article needs before citizens may see it; null when it has it. */
export function publishProblem(a: { title: string; sapo: string; bodyHtml: string; bodyText: string }): string | null {
  const missing: string[] = [];
  if (!a.title.trim()) missing.push("tiêu đề");
  if (!a.sapo.trim()) missing.push("sapo");
  if (!a.bodyText.trim() && !/<img\b/i.test(a.bodyHtml)) missing.push("nội dung");
  return missing.length ? `Bài viết chưa thể đăng vì còn thiếu ${missing.join(", ")}.` : null;
}

export function refuseUnlessPublishable(a: { title: string; sapo: string; bodyHtml: string; bodyText: string }): void {
  const problem = publishProblem(a);
  if (problem) refuse(problem);
}

/** The author may never approve their own work: "review" means a second pair of eyes. */
export function authorRefusal(createdById: number | null, actorId: number | null, field = "_form"): FieldErrors | null {
  if (createdById !== null && createdById === actorId) {
    return {
      [field]: "Bạn là người viết bài này nên không thể tự duyệt. Bài cần được một biên tập viên khác duyệt (hoặc đăng không qua duyệt kèm lý do).",
    };
  }
  return null;
}

export function revisionOf(a: Article, actorId: number | null) {
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

/**
 * Articles loaded without the newsroom (the demo seed, imports) have no revision of their current content
 * yet: keep it first, so the first change can be compared and undone like any other.
 */
export async function keepCurrentRevision(tx: Tx, a: Article): Promise<void> {
  await tx
    .insert(articleRevisions)
    .values({ ...revisionOf(a, a.updatedById ?? a.createdById), createdAt: a.updatedAt })
    .onConflictDoNothing();
}

/** A slug from the title that no other article uses and no route reserves: base, base-2, base-3... */
export async function uniqueSlug(tx: Tx, title: string, exceptId?: number): Promise<string> {
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
export async function prepareBody(tx: Tx, html: string): Promise<{ bodyHtml: string; bodyText: string }> {
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

/** The category and cover an article names must exist; refuses (rolling back) beside the field otherwise. */
export async function checkReferences(tx: Tx, data: { categoryId: number; coverMediaId: string | null }): Promise<void> {
  const errors: FieldErrors = {};
  const [c] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, data.categoryId));
  if (!c) errors.categoryId = "Chuyên mục không tồn tại. Vui lòng chọn lại.";
  if (data.coverMediaId) {
    const [m] = await tx.select({ id: media.id }).from(media).where(eq(media.id, data.coverMediaId));
    if (!m) errors.coverMediaId = "Ảnh đại diện không còn trong thư viện. Vui lòng chọn lại.";
  }
  if (hasErrors(errors)) refuse(errors);
}

export function staleVersionMessage(current: number): string {
  return `Bài viết vừa được lưu bởi người khác (phiên bản ${current}). Vui lòng tải lại trang, xem thay đổi rồi sửa tiếp; nội dung bạn vừa nhập vẫn còn trong biểu mẫu.`;
}

/**
 * New live content for a locked article: the version goes up and the revision of that version is kept.
 * The address stays fixed once citizens may have seen it; until then it follows the title.
 */
export async function writeArticleContent(tx: Tx, actorId: number | null, before: Article, content: ArticleContent | (Omit<ArticleContent, "featured" | "coverMediaId"> & Partial<ArticleContent>)): Promise<Article> {
  await keepCurrentRevision(tx, before);
  const body = await prepareBody(tx, content.bodyHtml);
  const slug = before.publishedAt === null && content.title !== before.title ? await uniqueSlug(tx, content.title, before.id) : before.slug;
  const [after] = await tx
    .update(articles)
    .set({ ...content, ...body, slug, version: before.version + 1, updatedById: actorId, updatedAt: sql`now()` })
    .where(eq(articles.id, before.id))
    .returning();
  await tx.insert(articleRevisions).values(revisionOf(after, actorId));
  return after;
}
