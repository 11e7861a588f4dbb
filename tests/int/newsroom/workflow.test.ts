// The review workflow as staff live it: draft → in review → published by someone else; the author cannot
// approve their own article; publishing without review needs a written reason that the audit log keeps;
// scheduling needs an approval or a reason and a future time; nobody signed out can do anything.
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { useTestDb } from "../../helpers/db";
import { makeCategory } from "../../helpers/fixtures";
import { makeActor, READY } from "../../helpers/newsroom";
import { articles, auditLog } from "@/db/schema";
import { AuthorizationError } from "@/lib/auth/permissions";
import { verifyAuditChain } from "@/lib/audit";
import { getPublishedArticle } from "@/lib/news/queries";
import {
  approveAndPublish,
  createArticle,
  publishWithoutReview,
  restoreRevision,
  returnToDraft,
  scheduleArticle,
  submitForReview,
  unpublishArticle,
  unscheduleArticle,
  updateArticle,
} from "@/lib/newsroom/mutations";
import { getArticleForEdit, listAdminArticles, listRevisions, listSchedules } from "@/lib/newsroom/queries";
import { toVietnamLocalInput } from "@/lib/time";

const t = useTestDb();

async function setup() {
  const category = await makeCategory(t.db, "Tin hoạt động");
  const author = await makeActor(t.db, "Biên tập viên A");
  const reviewer = await makeActor(t.db, "Biên tập viên B");
  const created = await createArticle(author, { title: "Hội nghị triển khai nhiệm vụ năm 2014", categoryId: category.id, ...READY });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return { category, author, reviewer, id: created.value.id, slug: created.value.slug };
}

async function statusOf(id: number) {
  const [a] = await t.db.select().from(articles).where(eq(articles.id, id));
  return a;
}

describe("review workflow", () => {
  it("goes draft → in review → published when someone other than the author approves", async () => {
    const { author, reviewer, id, slug } = await setup();
    expect((await statusOf(id)).status).toBe("draft");
    expect(await getPublishedArticle(slug)).toBeNull();

    const submitted = await submitForReview(author, id);
    expect(submitted.ok).toBe(true);
    expect(await statusOf(id)).toMatchObject({ status: "in_review", submittedById: author.id });

    const approved = await approveAndPublish(reviewer, id);
    expect(approved).toMatchObject({ ok: true, value: { status: "published", isPublic: true } });
    const a = await statusOf(id);
    expect(a).toMatchObject({ status: "published", approvedById: reviewer.id, skipReviewReason: null });
    expect(a.publishedAt).toBeInstanceOf(Date);
    expect(await getPublishedArticle(slug)).not.toBeNull();

    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, String(id)))).map((e) => [e.action, e.actorId]);
    expect(actions).toEqual([
      ["article.create", author.id],
      ["article.submit_for_review", author.id],
      ["article.approve_publish", reviewer.id],
    ]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it("refuses the author approving their own article, with a clear message, and changes nothing", async () => {
    const { author, id } = await setup();
    await submitForReview(author, id);
    const r = await approveAndPublish(author, id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors._form).toMatch(/người viết bài này nên không thể tự duyệt/);
    expect((await statusOf(id)).status).toBe("in_review");
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "article.approve_publish"))).toHaveLength(0);
  });

  it("an administrator who wrote the article cannot approve it either", async () => {
    const category = await makeCategory(t.db);
    const admin = await makeActor(t.db, "Quản trị", "admin");
    const created = await createArticle(admin, { title: "Thông báo của Sở", categoryId: category.id, ...READY });
    if (!created.ok) throw new Error("create failed");
    await submitForReview(admin, created.value.id);
    expect((await approveAndPublish(admin, created.value.id)).ok).toBe(false);
  });

  it("approves only articles in review, and publishes only what has a lead and a body", async () => {
    const { author, reviewer, id } = await setup();
    expect(await approveAndPublish(reviewer, id)).toMatchObject({ ok: false, errors: { _form: "Chỉ duyệt được bài đang chờ duyệt." } });

    const empty = await createArticle(author, { title: "Bài chưa viết xong", categoryId: (await statusOf(id)).categoryId });
    if (!empty.ok) throw new Error("create failed");
    await submitForReview(author, empty.value.id);
    const r = await approveAndPublish(reviewer, empty.value.id);
    expect(r).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/thiếu sapo, nội dung/) } });
    expect((await statusOf(empty.value.id)).status).toBe("in_review");
  });

  it("publishes without review only with a reason of at least 10 characters, kept on the article and in the audit log", async () => {
    const { author, id } = await setup();
    for (const reason of ["", "   ", "gấp"]) {
      const r = await publishWithoutReview(author, id, { reason });
      expect(r).toMatchObject({ ok: false, errors: { reason: expect.stringMatching(/lý do/) } });
    }
    expect((await statusOf(id)).status).toBe("draft");

    const reason = "Thông báo khẩn về bão số 3, lãnh đạo Sở đã đồng ý qua điện thoại";
    const r = await publishWithoutReview(author, id, { reason });
    expect(r.ok).toBe(true);
    expect(await statusOf(id)).toMatchObject({ status: "published", skipReviewReason: reason, approvedById: null });

    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "article.publish_without_review"), eq(auditLog.entityId, String(id))));
    expect(entry.actorId).toBe(author.id);
    expect(entry.after).toMatchObject({ reason, skipReviewReason: reason, status: "published" });
    expect(entry.before).toMatchObject({ status: "draft" });

    expect(await publishWithoutReview(author, id, { reason })).toMatchObject({ ok: false, errors: { _form: "Bài viết đã được đăng." } });
  });

  it("unpublishes a published article and can return it to draft and through review again", async () => {
    const { author, reviewer, id, slug } = await setup();
    await submitForReview(author, id);
    await approveAndPublish(reviewer, id);
    const firstPublishedAt = (await statusOf(id)).publishedAt;

    expect((await unpublishArticle(author, id)).ok).toBe(true);
    expect((await statusOf(id)).status).toBe("unpublished");
    expect(await getPublishedArticle(slug)).toBeNull();
    expect((await unpublishArticle(author, id)).ok).toBe(false);

    expect((await returnToDraft(author, id)).ok).toBe(true);
    expect(await statusOf(id)).toMatchObject({ status: "draft", approvedById: null });
    await submitForReview(author, id);
    await approveAndPublish(reviewer, id);
    // Republishing keeps the original publication date.
    expect((await statusOf(id)).publishedAt).toEqual(firstPublishedAt);
  });

  it("keeps a published article as it is while an edit waits as a new edition, and refuses a stale save", async () => {
    const { author, reviewer, id, slug, category } = await setup();
    await submitForReview(author, id);
    await approveAndPublish(reviewer, id);
    const r = await updateArticle(reviewer, id, { title: "Tiêu đề đã sửa sau khi đăng", categoryId: category.id, ...READY, version: 1 });
    expect(r).toMatchObject({ ok: true, value: { slug, version: 1, isPublic: true, edition: { number: 2 } } });
    expect((await statusOf(id)).title).toBe("Hội nghị triển khai nhiệm vụ năm 2014");
    // Someone still editing from the live version (no edition in hand) would overwrite the open edition.
    const stale = await updateArticle(author, id, { title: "Sửa từ bản cũ", categoryId: category.id, ...READY, version: 1 });
    expect(stale).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/vừa được lưu bởi người khác/) } });
    if (!r.ok) throw new Error("unreachable");
    const again = await updateArticle(reviewer, id, { title: "Tiêu đề sửa lần hai", categoryId: category.id, ...READY, version: 1, editionId: r.value.edition!.id });
    expect(again).toMatchObject({ ok: true, value: { edition: { id: r.value.edition!.id, number: 2 } } });
    expect((await statusOf(id))).toMatchObject({ slug, title: "Hội nghị triển khai nhiệm vụ năm 2014", status: "published" });
  });
});

describe("scheduling", () => {
  const inAnHour = () => toVietnamLocalInput(new Date(Date.now() + 3600_000));

  it("is approval by someone else: the reviewer schedules an article in review", async () => {
    const { author, reviewer, id } = await setup();
    await submitForReview(author, id);
    const at = new Date(Math.ceil((Date.now() + 3600_000) / 60_000) * 60_000);
    const r = await scheduleArticle(reviewer, id, { scheduledAt: toVietnamLocalInput(at) });
    expect(r).toMatchObject({ ok: true, value: { status: "scheduled", isPublic: false } });
    expect(await statusOf(id)).toMatchObject({ status: "scheduled", approvedById: reviewer.id, scheduledAt: at });
    const s = await listSchedules(author);
    expect(s.pending.map((p) => p.id)).toEqual([id]);
    expect(s.failed).toEqual([]);
  });

  it("reads the typed time as Asia/Ho_Chi_Minh (UTC+7)", async () => {
    const { author, id } = await setup();
    const r = await scheduleArticle(author, id, { scheduledAt: "2030-01-02T09:30", reason: "Đăng đúng giờ khai mạc hội nghị" });
    expect(r.ok).toBe(true);
    expect((await statusOf(id)).scheduledAt?.toISOString()).toBe("2030-01-02T02:30:00.000Z");
  });

  it("refuses the author without a reason, a draft without review, past or invalid times", async () => {
    const { author, reviewer, id } = await setup();
    // A draft nobody reviewed.
    expect(await scheduleArticle(reviewer, id, { scheduledAt: inAnHour() })).toMatchObject({
      ok: false,
      errors: { reason: expect.stringMatching(/chưa được duyệt/) },
    });
    await submitForReview(author, id);
    expect(await scheduleArticle(author, id, { scheduledAt: inAnHour() })).toMatchObject({
      ok: false,
      errors: { reason: expect.stringMatching(/không thể tự duyệt/) },
    });
    expect(await scheduleArticle(reviewer, id, { scheduledAt: toVietnamLocalInput(new Date(Date.now() - 60_000)) })).toMatchObject({
      ok: false,
      errors: { scheduledAt: "Thời điểm đăng phải ở tương lai." },
    });
    for (const bad of ["", "ngày mai", "2030-02-30T10:00", "2030-01-01T24:00"]) {
      const r = await scheduleArticle(reviewer, id, { scheduledAt: bad });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors.scheduledAt).toMatch(/ngày giờ đăng/i);
    }
    expect((await statusOf(id)).status).toBe("in_review");
  });

  it("lets the author schedule with a skip-review reason, and cancel the schedule", async () => {
    const { author, id } = await setup();
    const reason = "Tin tổng hợp định kỳ, đã được lãnh đạo duyệt trên giấy";
    expect((await scheduleArticle(author, id, { scheduledAt: inAnHour(), reason })).ok).toBe(true);
    expect(await statusOf(id)).toMatchObject({ status: "scheduled", skipReviewReason: reason, approvedById: null });
    expect((await unscheduleArticle(author, id)).ok).toBe(true);
    expect(await statusOf(id)).toMatchObject({ status: "draft", scheduledAt: null, skipReviewReason: null });
    expect((await unscheduleArticle(author, id)).ok).toBe(false);
  });
});

describe("authorisation", () => {
  it("refuses a signed-out caller (null actor) everywhere with AuthorizationError, and writes nothing", async () => {
    const { category, author, id } = await setup();
    const [rev] = await listRevisions(author, id);
    const calls: [string, () => Promise<unknown>][] = [
      ["createArticle", () => createArticle(null, { title: "Tin giả mạo", categoryId: category.id, ...READY })],
      ["updateArticle", () => updateArticle(null, id, { title: "Tin giả mạo", categoryId: category.id, ...READY })],
      ["submitForReview", () => submitForReview(null, id)],
      ["approveAndPublish", () => approveAndPublish(null, id)],
      ["publishWithoutReview", () => publishWithoutReview(null, id, { reason: "Lý do đủ dài để hợp lệ" })],
      ["scheduleArticle", () => scheduleArticle(null, id, { scheduledAt: "2030-01-01T08:00", reason: "Lý do đủ dài để hợp lệ" })],
      ["unscheduleArticle", () => unscheduleArticle(null, id)],
      ["returnToDraft", () => returnToDraft(null, id)],
      ["unpublishArticle", () => unpublishArticle(null, id)],
      ["restoreRevision", () => restoreRevision(null, { id, revisionId: rev.id })],
      ["listAdminArticles", () => listAdminArticles(null, { page: 1 })],
      ["getArticleForEdit", () => getArticleForEdit(null, id)],
      ["listRevisions", () => listRevisions(null, id)],
      ["listSchedules", () => listSchedules(null)],
    ];
    const auditBefore = (await t.db.select().from(auditLog)).length;
    for (const [name, call] of calls) {
      await expect(call(), name).rejects.toBeInstanceOf(AuthorizationError);
      await expect(call(), name).rejects.toMatchObject({ kind: "unauthenticated" });
    }
    expect(await statusOf(id)).toMatchObject({ status: "draft", version: 1, title: "Hội nghị triển khai nhiệm vụ năm 2014" });
    expect(await t.db.select().from(articles)).toHaveLength(1);
    expect((await t.db.select().from(auditLog)).length).toBe(auditBefore);
  });

  it("lists articles with status and category filters and pagination", async () => {
    const { author, reviewer, id, category } = await setup();
    const other = await makeCategory(t.db, "Thông báo");
    for (let i = 1; i <= 21; i++) await createArticle(author, { title: `Thông báo số ${i}`, categoryId: other.id, ...READY });
    await submitForReview(author, id);
    await approveAndPublish(reviewer, id);

    const all = await listAdminArticles(author, { page: 1 });
    expect(all).toMatchObject({ total: 22, pageCount: 2, page: 1 });
    expect(all.items).toHaveLength(20);
    expect((await listAdminArticles(author, { page: 99 })).page).toBe(2);
    const published = await listAdminArticles(author, { status: "published", page: 1 });
    expect(published.items.map((a) => a.id)).toEqual([id]);
    expect((await listAdminArticles(author, { category: category.slug, page: 1 })).total).toBe(1);
    expect((await listAdminArticles(author, { category: other.slug, status: "draft", page: 1 })).total).toBe(21);
    expect((await listAdminArticles(author, { category: other.slug, status: "published", page: 1 })).total).toBe(0);
  });
});
