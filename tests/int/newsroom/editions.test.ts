// Editions of published articles, as staff and citizens live them: an edit of a published article waits as
// a new edition while citizens keep reading the approved text; it goes live only after another person
// approves it (or it is published without review with a reason); discarding it leaves the live article
// intact; the article's history lists each edition.
import { describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { useTestDb } from "../../helpers/db";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import { makeActor, READY } from "../../helpers/newsroom";
import { articleEditions, articles, auditLog } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { getPublishedArticle } from "@/lib/news/queries";
import {
  approveAndPublish,
  approveEdition,
  createArticle,
  discardEdition,
  publishEditionWithoutReview,
  restoreRevision,
  submitEditionForReview,
  submitForReview,
  unpublishArticle,
  updateArticle,
} from "@/lib/newsroom/mutations";
import { getArticleForEdit, listEditions, listRevisions } from "@/lib/newsroom/queries";

const t = useTestDb();

const ORIGINAL = "Hội nghị triển khai nhiệm vụ năm 2014";
const EDITED = "Hội nghị triển khai nhiệm vụ năm 2014 (đã bổ sung số liệu)";

async function published() {
  const category = await makeCategory(t.db, "Tin hoạt động");
  const author = await makeActor(t.db, "Biên tập viên A");
  const reviewer = await makeActor(t.db, "Biên tập viên B");
  const created = await createArticle(author, { title: ORIGINAL, categoryId: category.id, ...READY });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  await submitForReview(author, created.value.id);
  const live = await approveAndPublish(reviewer, created.value.id);
  if (!live.ok) throw new Error(JSON.stringify(live.errors));
  return { category, author, reviewer, id: created.value.id, slug: created.value.slug };
}

async function editAsAuthor(p: Awaited<ReturnType<typeof published>>, title = EDITED) {
  const r = await updateArticle(p.author, p.id, { title, categoryId: p.category.id, ...READY, bodyHtml: "<p>Nội dung mới có thêm số liệu năm 2013.</p>" });
  if (!r.ok || !r.value.edition) throw new Error(JSON.stringify(r));
  return r.value.edition;
}

describe("editions of a published article", () => {
  it("citizens keep the approved text until another person approves the new edition; the history lists both", async () => {
    const p = await published();
    const edition = await editAsAuthor(p);
    expect(edition.number).toBe(2);

    // Citizens still read edition 1.
    const before = await getPublishedArticle(p.slug);
    expect(before).toMatchObject({ title: ORIGINAL });
    expect(before?.bodyHtml).not.toContain("số liệu năm 2013");

    expect((await submitEditionForReview(p.author, edition.id)).ok).toBe(true);
    // The author cannot approve their own edition, and nothing changes when refused.
    const own = await approveEdition(p.author, edition.id);
    expect(own).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/không thể tự duyệt/) } });
    expect((await getPublishedArticle(p.slug))?.title).toBe(ORIGINAL);

    const approved = await approveEdition(p.reviewer, edition.id);
    expect(approved).toMatchObject({ ok: true, value: { status: "published", number: 2, isPublic: true, slug: p.slug } });
    const after = await getPublishedArticle(p.slug);
    expect(after).toMatchObject({ title: EDITED });
    expect(after?.bodyHtml).toContain("số liệu năm 2013");

    const history = await listEditions(p.reviewer, p.id);
    expect(history.map((e) => [e.number, e.status, e.title])).toEqual([
      [2, "published", EDITED],
      [1, "published", ORIGINAL],
    ]);
    expect(history[0]).toMatchObject({ createdByName: "Biên tập viên A", approvedByName: "Biên tập viên B" });
    // The article's version and revisions follow what went live.
    expect(await listRevisions(p.reviewer, p.id)).toHaveLength(2);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it("discarding an edition leaves the live article intact, and a new edit opens a new edition", async () => {
    const p = await published();
    const edition = await editAsAuthor(p);
    const liveBefore = (await t.db.select().from(articles).where(eq(articles.id, p.id)))[0];
    expect((await discardEdition(p.author, edition.id)).ok).toBe(true);
    const liveAfter = (await t.db.select().from(articles).where(eq(articles.id, p.id)))[0];
    expect(liveAfter).toMatchObject({ title: liveBefore.title, bodyHtml: liveBefore.bodyHtml, version: liveBefore.version, status: "published" });
    expect((await getPublishedArticle(p.slug))?.title).toBe(ORIGINAL);
    expect(await discardEdition(p.author, edition.id)).toMatchObject({ ok: false });

    const next = await editAsAuthor(p, "Một ấn bản khác");
    expect(next.number).toBe(3);
    expect((await listEditions(p.author, p.id)).map((e) => [e.number, e.status])).toEqual([
      [3, "draft"],
      [2, "discarded"],
      [1, "published"],
    ]);
  });

  it("publishes an edition without review only with a reason, which the audit log keeps", async () => {
    const p = await published();
    const edition = await editAsAuthor(p);
    expect(await publishEditionWithoutReview(p.author, edition.id, { reason: "gấp" })).toMatchObject({ ok: false, errors: { reason: expect.any(String) } });
    expect((await getPublishedArticle(p.slug))?.title).toBe(ORIGINAL);
    const reason = "Đính chính số liệu theo yêu cầu của lãnh đạo Sở";
    expect((await publishEditionWithoutReview(p.author, edition.id, { reason })).ok).toBe(true);
    expect((await getPublishedArticle(p.slug))?.title).toBe(EDITED);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "edition.publish_without_review"));
    expect(entry).toMatchObject({ actorId: p.author.id, entity: "article_edition", entityId: String(edition.id), after: { reason, status: "published" } });
  });

  it("keeps one open edition per article: later saves go into it, with a version check", async () => {
    const p = await published();
    const edition = await editAsAuthor(p);
    const second = await updateArticle(p.reviewer, p.id, { title: "Sửa tiếp trong ấn bản", categoryId: p.category.id, ...READY, editionId: edition.id, version: 1 });
    expect(second).toMatchObject({ ok: true, value: { edition: { id: edition.id } } });
    const stale = await updateArticle(p.author, p.id, { title: "Sửa từ bản cũ", categoryId: p.category.id, ...READY, editionId: edition.id, version: 1 });
    expect(stale).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/phiên bản 2/) } });
    const [{ n }] = await t.db.select({ n: count() }).from(articleEditions).where(eq(articleEditions.articleId, p.id));
    expect(n).toBe(2);
    expect((await getArticleForEdit(p.author, p.id))?.openEdition).toMatchObject({ id: edition.id, title: "Sửa tiếp trong ấn bản", version: 2 });
  });

  it("restoring an old revision of a published article opens an edition, never changes it live", async () => {
    const p = await published();
    const edition = await editAsAuthor(p);
    expect(await approveEdition(p.reviewer, edition.id)).toMatchObject({ ok: false, errors: { _form: "Chỉ duyệt được ấn bản đang chờ duyệt." } });
    await submitEditionForReview(p.author, edition.id);
    expect((await approveEdition(p.reviewer, edition.id)).ok).toBe(true);
    const revs = await listRevisions(p.author, p.id);
    const first = revs.find((r) => r.title === ORIGINAL)!;
    const r = await restoreRevision(p.author, { id: p.id, revisionId: first.id });
    expect(r).toMatchObject({ ok: true, value: { edition: { number: 3 } } });
    expect((await getPublishedArticle(p.slug))?.title).toBe(EDITED);
  });

  it("unpublishing keeps an open edition's work as the article's working content, and closes the edition", async () => {
    const p = await published();
    const edition = await editAsAuthor(p);
    expect((await unpublishArticle(p.reviewer, p.id)).ok).toBe(true);
    expect(await getPublishedArticle(p.slug)).toBeNull();
    const [a] = await t.db.select().from(articles).where(eq(articles.id, p.id));
    expect(a).toMatchObject({ status: "unpublished", title: EDITED });
    expect((await listEditions(p.author, p.id)).find((e) => e.id === edition.id)).toMatchObject({ status: "discarded" });
  });

  it("records an article published before editions existed (the demo seed) as edition 1 when first edited", async () => {
    const category = await makeCategory(t.db);
    const editor = await makeActor(t.db, "Biên tập");
    const seeded = await makeArticle(t.db, { title: "Bài có sẵn", categoryId: category.id, ...READY });
    const r = await updateArticle(editor, seeded.id, { title: "Bài có sẵn, đã sửa", categoryId: category.id, ...READY });
    expect(r).toMatchObject({ ok: true, value: { edition: { number: 2 } } });
    expect((await listEditions(editor, seeded.id)).map((e) => [e.number, e.status, e.title])).toEqual([
      [2, "draft", "Bài có sẵn, đã sửa"],
      [1, "published", "Bài có sẵn"],
    ]);
  });
});
