// Writing an article's content: create, save, restore a revision. Before it is published an article is
// edited in place (each save a new version and revision); once published, a save or a restore goes into the
// article's open edition instead (lib/newsroom/editions.ts), so citizens keep reading what was approved.
import "server-only";
import { and, eq } from "drizzle-orm";
import { articleRevisions, articles } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fail, parseInput, refuse, runInTransaction, type Result } from "@/lib/kernel";
import {
  ARTICLE_NOT_FOUND,
  articleAuditView,
  checkReferences,
  lockArticle,
  prepareBody,
  revisionOf,
  staleVersionMessage,
  toChange,
  uniqueSlug,
  writeArticleContent,
  type ArticleChange,
  type ArticleContent,
} from "./article-record";
import { saveIntoEdition } from "./editions";
import { articleInput, articleUpdateInput, restoreInput, type ArticleInput } from "./validation";

/** A save's outcome: the article, and the edition the save went into when the article is published. */
export type ContentChange = ArticleChange & { edition: { id: number; number: number } | null };

export async function createArticle(actor: Actor | null, input: ArticleInput): Promise<Result<ArticleChange>> {
  assertCan(actor, "news.write");
  const parsed = parseInput(articleInput, input);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  return runInTransaction(
    async (tx) => {
      await checkReferences(tx, data);
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
      await tx.insert(articleRevisions).values(revisionOf(a, actor.id));
      await writeAudit(tx, actor, { action: "article.create", entity: "article", entityId: a.id, after: articleAuditView(a) });
      return toChange(a);
    },
    // Two saves chose the same free slug at once: the loser computes another one.
    { retryUnique: true },
  );
}

export async function updateArticle(
  actor: Actor | null,
  id: number | string,
  input: ArticleInput & { version?: number | string; editionId?: number | string },
): Promise<Result<ContentChange>> {
  assertCan(actor, "news.write");
  const parsed = parseInput(articleUpdateInput, { ...input, id });
  if (!parsed.ok) return parsed;
  const { id: articleId, version, editionId, ...data } = parsed.data;
  return runInTransaction(
    async (tx) => {
      const before = await lockArticle(tx, articleId);
      if (!before) refuse(ARTICLE_NOT_FOUND);
      await checkReferences(tx, data);
      if (before.status === "published") {
        const edition = await saveIntoEdition(tx, actor, before, data, { editionId, version });
        return { ...toChange(before), edition: { id: edition.id, number: edition.number } };
      }
      if (version !== undefined && version !== before.version) refuse(staleVersionMessage(before.version));
      const after = await writeArticleContent(tx, actor.id, before, data);
      await writeAudit(tx, actor, { action: "article.update", entity: "article", entityId: after.id, before: articleAuditView(before), after: articleAuditView(after) });
      return { ...toChange(after), edition: null };
    },
    { retryUnique: true },
  );
}

export async function restoreRevision(
  actor: Actor | null,
  input: { id: number | string; revisionId: number | string },
): Promise<Result<ContentChange & { restoredVersion: number }>> {
  assertCan(actor, "news.write");
  const parsed = parseInput(restoreInput, input);
  if (!parsed.ok) return fail({ _form: "Không tìm thấy phiên bản cần khôi phục." });
  const { id, revisionId } = parsed.data;
  return runInTransaction(
    async (tx) => {
      const before = await lockArticle(tx, id);
      if (!before) refuse(ARTICLE_NOT_FOUND);
      const [rev] = await tx
        .select()
        .from(articleRevisions)
        .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, id)));
      if (!rev) refuse("Không tìm thấy phiên bản cần khôi phục.");
      const content: ArticleContent = {
        title: rev.title,
        sapo: rev.sapo,
        bodyHtml: rev.bodyHtml,
        categoryId: rev.categoryId,
        author: rev.author,
        source: rev.source,
        featured: before.featured,
        coverMediaId: before.coverMediaId,
      };
      try {
        await checkReferences(tx, content);
      } catch {
        refuse("Chuyên mục của phiên bản này đã bị xóa: hãy chọn chuyên mục khác rồi lưu.");
      }
      if (before.status === "published") {
        const edition = await saveIntoEdition(tx, actor, before, content, {}, { restoredFromVersion: rev.version });
        return { ...toChange(before), edition: { id: edition.id, number: edition.number }, restoredVersion: rev.version };
      }
      const after = await writeArticleContent(tx, actor.id, before, content);
      await writeAudit(tx, actor, {
        action: "article.restore_revision",
        entity: "article",
        entityId: after.id,
        before: articleAuditView(before),
        after: { ...articleAuditView(after), restoredFromVersion: rev.version },
      });
      return { ...toChange(after), edition: null, restoredVersion: rev.version };
    },
    { retryUnique: true },
  );
}
