// Preview links, stored and revocable: minted only when a staff member asks (on the article page), for the
// content the article has then (its open edition when published, else its working content before the next
// publication), for 24 hours at most. A link is dead, and its page a plain 404, once it is revoked or
// expired, once its issuer is deactivated, or once what it was minted for has changed state (the edition
// was published or discarded, the article was published or taken down). Minting and revoking are audited.
import "server-only";
import { and, count, desc, eq, gt, inArray, isNull, max, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { articleEditions, articles, previewLinks, users, type Article, type EditionStatus } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseRecordId, refuse, runInTransaction, type Result } from "@/lib/kernel";
import { ARTICLE_NOT_FOUND, lockArticle } from "./article-record";
import { mintPreviewToken, PREVIEW_TTL_SECONDS, previewTokenHash } from "./preview-token";

/** Links alive at once for one article: enough for every reviewer, few enough to keep track of. */
export const MAX_LIVE_LINKS_PER_ARTICLE = 10;

export const PREVIEW_LINK_NOT_FOUND = "Không tìm thấy liên kết xem trước.";
const NOTHING_TO_PREVIEW = "Bài đang đăng và chưa có ấn bản mới: bạn đọc đã xem được bài trên cổng, không cần liên kết xem trước.";
const TOO_MANY = `Bài này đã có ${MAX_LIVE_LINKS_PER_ARTICLE} liên kết xem trước còn hiệu lực. Hãy thu hồi bớt liên kết không dùng nữa.`;

/** What decides whether a link still works, gathered in one read. */
export type PreviewLinkFacts = {
  revokedAt: Date | null;
  revokedReason: string | null;
  expiresAt: Date;
  issuerActive: boolean;
  editionId: number | null;
  baseEditionNumber: number;
  articleStatus: Article["status"];
  /** The article's highest edition number now (0 when it never had one). */
  latestEditionNumber: number;
  /** The status of the edition the link was minted for (edition links only). */
  editionStatus: EditionStatus | null;
};

export type PreviewLinkState = { live: true } | { live: false; reason: string };

/** The one rule for a link's life; the public page and the staff list both ask it. */
export function previewLinkState(f: PreviewLinkFacts, now: Date = new Date()): PreviewLinkState {
  if (f.revokedAt) return { live: false, reason: f.revokedReason === "issuer_deactivated" ? "Thu hồi vì tài khoản người tạo bị khóa" : "Đã thu hồi" };
  if (f.expiresAt.getTime() <= now.getTime()) return { live: false, reason: "Đã hết hạn" };
  if (!f.issuerActive) return { live: false, reason: "Tài khoản người tạo đã bị khóa" };
  if (f.editionId !== null) {
    if (f.editionStatus === "published") return { live: false, reason: "Ấn bản đã được đăng" };
    if (f.editionStatus !== "draft" && f.editionStatus !== "in_review") return { live: false, reason: "Ấn bản đã bị hủy (hoặc bài đã bị gỡ)" };
    if (f.articleStatus !== "published") return { live: false, reason: "Bài đã bị gỡ" };
    return { live: true };
  }
  // Minted before a publication: any publication since (even one taken down again) ends it.
  if (f.articleStatus === "published") return { live: false, reason: "Bài đã được đăng" };
  if (f.latestEditionNumber > f.baseEditionNumber) return { live: false, reason: f.articleStatus === "unpublished" ? "Bài đã được đăng rồi bị gỡ" : "Bài đã được đăng sau khi tạo liên kết" };
  return { live: true };
}

const issuer = alias(users, "preview_issuer");
const revoker = alias(users, "preview_revoker");
const linkEdition = alias(articleEditions, "preview_edition");

const latestEditionNumber = sql<number>`coalesce((select max(${articleEditions.number}) from ${articleEditions} where ${articleEditions.articleId} = ${previewLinks.articleId}), 0)`.mapWith(Number);

const factColumns = {
  id: previewLinks.id,
  articleId: previewLinks.articleId,
  revokedAt: previewLinks.revokedAt,
  revokedReason: previewLinks.revokedReason,
  expiresAt: previewLinks.expiresAt,
  issuerActive: issuer.active,
  editionId: previewLinks.editionId,
  baseEditionNumber: previewLinks.baseEditionNumber,
  articleStatus: articles.status,
  latestEditionNumber,
  editionStatus: linkEdition.status,
};

/** The article a live link shows, by the token in its address; null for anything else (the page says 404). */
export async function findLivePreviewLink(token: string, now: Date = new Date()): Promise<{ articleId: number; editionId: number | null; expiresAt: Date } | null> {
  const hash = previewTokenHash(token);
  if (!hash) return null;
  const db = await getDb();
  const [row] = await db
    .select(factColumns)
    .from(previewLinks)
    .innerJoin(articles, eq(articles.id, previewLinks.articleId))
    .innerJoin(issuer, eq(issuer.id, previewLinks.issuedById))
    .leftJoin(linkEdition, eq(linkEdition.id, previewLinks.editionId))
    .where(eq(previewLinks.tokenHash, hash))
    .limit(1);
  if (!row || !previewLinkState(row, now).live) return null;
  return { articleId: row.articleId, editionId: row.editionId, expiresAt: row.expiresAt };
}

export type PreviewLinkListItem = Awaited<ReturnType<typeof listPreviewLinks>>[number];

/** The article's links that have not expired yet, newest first, each with its state, for the article page. */
export async function listPreviewLinks(actor: Actor | null, articleId: number, now: Date = new Date()) {
  assertCan(actor, "news.write");
  const db = await getDb();
  const rows = await db
    .select({
      ...factColumns,
      createdAt: previewLinks.createdAt,
      contentVersion: previewLinks.contentVersion,
      editionNumber: linkEdition.number,
      issuedByName: issuer.name,
      revokedByName: revoker.name,
    })
    .from(previewLinks)
    .innerJoin(articles, eq(articles.id, previewLinks.articleId))
    .innerJoin(issuer, eq(issuer.id, previewLinks.issuedById))
    .leftJoin(revoker, eq(revoker.id, previewLinks.revokedById))
    .leftJoin(linkEdition, eq(linkEdition.id, previewLinks.editionId))
    .where(and(eq(previewLinks.articleId, articleId), gt(previewLinks.expiresAt, now)))
    .orderBy(desc(previewLinks.createdAt), desc(previewLinks.id))
    .limit(50);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    revokedAt: r.revokedAt,
    issuedByName: r.issuedByName,
    revokedByName: r.revokedByName,
    editionNumber: r.editionNumber,
    contentVersion: r.contentVersion,
    state: previewLinkState(r, now),
  }));
}

export type MintedPreviewLink = { id: number; articleId: number; token: string; expiresAt: Date; editionNumber: number | null };

/** A new link for what the article holds now. The token is in the result only: it is never stored. */
export async function mintPreviewLink(actor: Actor | null, articleId: number | string, now: Date = new Date()): Promise<Result<MintedPreviewLink>> {
  assertCan(actor, "news.write");
  const id = parseRecordId(articleId);
  if (id === null) return { ok: false, errors: { _form: ARTICLE_NOT_FOUND } };
  return runInTransaction(async (tx) => {
    // Locked, so a publication cannot slip between reading the state and binding the link to it.
    const article = await lockArticle(tx, id);
    if (!article) refuse({ _form: ARTICLE_NOT_FOUND });
    const [open] = await tx
      .select({ id: articleEditions.id, number: articleEditions.number, version: articleEditions.version })
      .from(articleEditions)
      .where(and(eq(articleEditions.articleId, id), inArray(articleEditions.status, ["draft", "in_review"])))
      .limit(1);
    if (article.status === "published" && !open) refuse({ _form: NOTHING_TO_PREVIEW });
    const [{ live }] = await tx
      .select({ live: count() })
      .from(previewLinks)
      .where(and(eq(previewLinks.articleId, id), isNull(previewLinks.revokedAt), gt(previewLinks.expiresAt, now)));
    if (live >= MAX_LIVE_LINKS_PER_ARTICLE) refuse({ _form: TOO_MANY });
    const [{ latest }] = await tx.select({ latest: max(articleEditions.number) }).from(articleEditions).where(eq(articleEditions.articleId, id));

    const { token, tokenHash } = mintPreviewToken();
    const expiresAt = new Date(now.getTime() + PREVIEW_TTL_SECONDS * 1000);
    const [link] = await tx
      .insert(previewLinks)
      .values({
        tokenHash,
        articleId: id,
        editionId: open?.id ?? null,
        baseEditionNumber: Number(latest ?? 0),
        contentVersion: open ? open.version : article.version,
        issuedById: actor.id,
        createdAt: now,
        expiresAt,
      })
      .returning({ id: previewLinks.id });
    await writeAudit(tx, actor, {
      action: "preview_link.create",
      entity: "preview_link",
      entityId: link.id,
      after: { articleId: id, editionNumber: open?.number ?? null, contentVersion: open ? open.version : article.version, expiresAt },
    });
    return { id: link.id, articleId: id, token, expiresAt, editionNumber: open?.number ?? null };
  });
}

/** Ends a link at once, whoever minted it (any staff member may stop a link from circulating). */
export async function revokePreviewLink(actor: Actor | null, linkId: number | string, now: Date = new Date()): Promise<Result<{ id: number; articleId: number }>> {
  assertCan(actor, "news.write");
  const id = parseRecordId(linkId);
  if (id === null) return { ok: false, errors: { _form: PREVIEW_LINK_NOT_FOUND } };
  return runInTransaction(async (tx) => {
    const [link] = await tx.select().from(previewLinks).where(eq(previewLinks.id, id)).for("update");
    if (!link) refuse({ _form: PREVIEW_LINK_NOT_FOUND });
    if (link.revokedAt) refuse({ _form: "Liên kết này đã được thu hồi trước đó." });
    await tx.update(previewLinks).set({ revokedAt: now, revokedById: actor.id, revokedReason: "staff" }).where(eq(previewLinks.id, id));
    await writeAudit(tx, actor, {
      action: "preview_link.revoke",
      entity: "preview_link",
      entityId: id,
      before: { articleId: link.articleId, expiresAt: link.expiresAt, revokedAt: null },
      after: { articleId: link.articleId, revokedAt: now },
    });
    return { id, articleId: link.articleId };
  });
}
