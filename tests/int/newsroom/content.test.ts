// What a save stores: sanitised HTML only (no script, no on* handlers, no javascript: links), library
// photos wrapped in a figure with their caption and credit, unique readable addresses that avoid routes,
// and a revision of every save that can be compared and restored.
import { describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { useTestDb } from "../../helpers/db";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import { makeActor, READY } from "../../helpers/newsroom";
import { articleEditions, articleRevisions, articles, auditLog, media } from "@/db/schema";
import { createArticle, restoreRevision, updateArticle } from "@/lib/newsroom/mutations";
import { getRevisionWithPrevious, listRevisions } from "@/lib/newsroom/queries";
import { diffRevisions, diffTextHtml } from "@/lib/newsroom/diff";
import { captionText, wrapMediaFigures } from "@/lib/newsroom/figures";

const t = useTestDb();

async function row(id: number) {
  const [a] = await t.db.select().from(articles).where(eq(articles.id, id));
  return a;
}

async function makePhoto(over: Partial<typeof media.$inferInsert> = {}) {
  const data = Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>");
  const [m] = await t.db
    .insert(media)
    .values({
      filename: "anh.svg",
      mimeType: "image/svg+xml",
      byteSize: data.length,
      sha256: "0".repeat(64),
      data,
      altText: "Phó Chủ tịch UBND tỉnh phát biểu",
      caption: "Đồng chí Huỳnh Thanh Điền phát biểu chỉ đạo",
      credit: "Ảnh: N.Hồng",
      ...over,
    })
    .returning();
  return m;
}

describe("sanitising on save", () => {
  it("removes <script>, on* handlers and javascript: URLs, on create and on update", async () => {
    const c = await makeCategory(t.db);
    const editor = await makeActor(t.db, "Biên tập");
    const dirty = [
      "<p>Đoạn mở đầu<script>alert('x')</script></p>",
      `<p><a href="javascript:alert(1)">liên kết xấu</a> <a href="https://mic.gov.vn" onclick="steal()">Bộ TT&amp;TT</a></p>`,
      `<img src="x" onerror="alert(1)"><p onmouseover="alert(2)" style="color:red">Chữ</p>`,
      `<iframe src="https://evil.example"></iframe><p><img src="javascript:alert(3)" alt="x"></p>`,
    ].join("");
    const created = await createArticle(editor, { title: "Bài có mã độc", categoryId: c.id, ...READY, bodyHtml: dirty });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    for (const stored of [(await row(created.value.id)).bodyHtml, (await t.db.select().from(articleRevisions))[0].bodyHtml]) {
      expect(stored).not.toMatch(/<script|alert\('x'\)|javascript:|onclick|onerror|onmouseover|<iframe|style=/i);
      expect(stored).toContain("Đoạn mở đầu");
      expect(stored).toContain(`<a href="https://mic.gov.vn">Bộ TT&amp;TT</a>`);
      expect(stored).toContain("<p>Chữ</p>");
    }
    expect((await row(created.value.id)).bodyText).not.toMatch(/alert/);

    const updated = await updateArticle(editor, created.value.id, {
      title: "Bài có mã độc",
      categoryId: c.id,
      ...READY,
      bodyHtml: `<p>Sửa<script src="https://evil.example/x.js"></script></p><svg onload="alert(1)"></svg><a href="JaVaScRiPt:alert(1)">x</a>`,
    });
    expect(updated.ok).toBe(true);
    expect((await row(created.value.id)).bodyHtml).toBe("<p>Sửa</p><a>x</a>");
  });

  it("removes images that are not from the library (tracking pixels, hot-linked photos), on create and in an edition", async () => {
    const c = await makeCategory(t.db);
    const editor = await makeActor(t.db, "Biên tập");
    const photo = await makePhoto();
    const body = `<p>Mở đầu<img src="https://tracker.example/pixel.gif?u=1" width="1" height="1"></p><p><img src="http://example.vn/anh.jpg" alt="ảnh ngoài"></p><img src="/media/${photo.id}" alt="a">`;
    const created = await createArticle(editor, { title: "Tin có ảnh ngoài", categoryId: c.id, ...READY, bodyHtml: body });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const stored = (await row(created.value.id)).bodyHtml;
    expect(stored).not.toMatch(/tracker\.example|example\.vn|https?:/);
    expect(stored).toContain("<p>Mở đầu</p>");
    expect(stored).toContain(`<img src="/media/${photo.id}" alt="a" loading="lazy" />`);

    // Once published, an edit goes into an edition: sanitised the same way.
    await t.db.update(articles).set({ status: "published", publishedAt: new Date() }).where(eq(articles.id, created.value.id));
    const edited = await updateArticle(editor, created.value.id, { title: "Tin có ảnh ngoài", categoryId: c.id, ...READY, bodyHtml: `<p>Sửa<img src="https://tracker.example/p2.gif"></p>` });
    expect(edited.ok).toBe(true);
    const [edition] = await t.db.select().from(articleEditions).where(and(eq(articleEditions.articleId, created.value.id), eq(articleEditions.status, "draft")));
    expect(edition.bodyHtml).toBe("<p>Sửa</p>");
  });

  it("refuses missing title and category with Vietnamese messages by field, and stores nothing", async () => {
    const editor = await makeActor(t.db, "Biên tập");
    const r = await createArticle(editor, { title: "  ", categoryId: "", bodyHtml: "<p>x</p>" });
    expect(r).toEqual({ ok: false, errors: { title: "Vui lòng nhập tiêu đề.", categoryId: "Vui lòng chọn chuyên mục." } });
    const missing = await createArticle(editor, { title: "Tin", categoryId: 9999, coverMediaId: "00000000-0000-4000-8000-000000000000" });
    expect(missing).toMatchObject({ ok: false, errors: { categoryId: expect.stringMatching(/không tồn tại/), coverMediaId: expect.stringMatching(/thư viện/) } });
    expect(await t.db.select().from(articles)).toHaveLength(0);
    expect(await t.db.select().from(auditLog)).toHaveLength(0);
  });
});

describe("photos from the library", () => {
  it("wraps a library image that is not in a figure with its caption and credit, once", async () => {
    const c = await makeCategory(t.db);
    const editor = await makeActor(t.db, "Biên tập");
    const photo = await makePhoto();
    const other = await makePhoto({ caption: "", credit: "", altText: "Toàn cảnh hội nghị" });
    const html = `<p>Mở đầu</p><img src="/media/${photo.id}" alt="Phát biểu"><p><img src="/media/${other.id}"></p><figure><img src="/media/${photo.id}" alt="a"><figcaption>Chú thích riêng</figcaption></figure>`;
    const r = await createArticle(editor, { title: "Tin có ảnh", categoryId: c.id, ...READY, bodyHtml: html });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const stored = (await row(r.value.id)).bodyHtml;
    expect(stored).toBe(
      `<p>Mở đầu</p><figure><img src="/media/${photo.id}" alt="Phát biểu" loading="lazy" /><figcaption>Đồng chí Huỳnh Thanh Điền phát biểu chỉ đạo (Ảnh: N.Hồng)</figcaption></figure>` +
        `<figure><img alt="Toàn cảnh hội nghị" src="/media/${other.id}" loading="lazy" /></figure>` +
        `<figure><img src="/media/${photo.id}" alt="a" loading="lazy" /><figcaption>Chú thích riêng</figcaption></figure>`,
    );
    // Saving again does not wrap twice.
    await updateArticle(editor, r.value.id, { title: "Tin có ảnh", categoryId: c.id, ...READY, bodyHtml: stored });
    expect((await row(r.value.id)).bodyHtml).toBe(stored);
  });

  it("escapes captions and leaves images that are not from the library alone", () => {
    const id = "3f2b8c1e-1111-4222-8333-444455556666";
    const map = new Map([[id, { id, altText: "a", caption: "<b>Hội nghị</b> & \"khai mạc\"", credit: "" }]]);
    expect(wrapMediaFigures(`<img src="https://example.org/a.png" alt="x">`, map)).toBe(`<img src="https://example.org/a.png" alt="x">`);
    expect(wrapMediaFigures(`<img alt="x > y" src='/media/${id}'>`, map)).toBe(
      `<figure><img alt="x > y" src='/media/${id}'><figcaption>&lt;b&gt;Hội nghị&lt;/b&gt; &amp; &quot;khai mạc&quot;</figcaption></figure>`,
    );
    expect(captionText({ caption: "", credit: "TTXVN" })).toBe("Ảnh: TTXVN");
  });
});

describe("addresses", () => {
  it("makes slugs from Vietnamese titles, unique with -2, -3, never the reserved 'list'", async () => {
    const c = await makeCategory(t.db);
    const editor = await makeActor(t.db, "Biên tập");
    const slugs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await createArticle(editor, { title: "Đăng ký hoạt động in", categoryId: c.id });
      if (r.ok) slugs.push(r.value.slug);
    }
    expect(slugs).toEqual(["dang-ky-hoat-dong-in", "dang-ky-hoat-dong-in-2", "dang-ky-hoat-dong-in-3"]);
    const list = await createArticle(editor, { title: "List", categoryId: c.id });
    expect(list.ok && list.value.slug).toBe("list-2");
    // A draft's address follows its title; the old one becomes free again.
    const first = await row((await t.db.select().from(articles).where(eq(articles.slug, "dang-ky-hoat-dong-in")))[0].id);
    const renamed = await updateArticle(editor, first.id, { title: "Cấp phép xuất bản", categoryId: c.id });
    expect(renamed.ok && renamed.value.slug).toBe("cap-phep-xuat-ban");
  });
});

describe("revisions", () => {
  it("stores a revision of every save with a new version, and restores an old one as a new revision", async () => {
    const c = await makeCategory(t.db);
    const other = await makeCategory(t.db, "Chuyển đổi số");
    const a = await makeActor(t.db, "Biên tập A");
    const b = await makeActor(t.db, "Biên tập B");
    const r = await createArticle(a, { title: "Bản đầu tiên", categoryId: c.id, ...READY, bodyHtml: "<p>Nội dung gốc của bài.</p>" });
    if (!r.ok) throw new Error("create failed");
    const id = r.value.id;
    await updateArticle(b, id, { title: "Bản thứ hai", categoryId: other.id, ...READY, bodyHtml: "<p>Nội dung đã sửa của bài.</p>", version: 1 });
    await updateArticle(a, id, { title: "Bản thứ ba", categoryId: other.id, ...READY, bodyHtml: "<p>Viết lại hoàn toàn.</p>", version: 2 });

    const revs = await listRevisions(a, id);
    expect(revs.map((x) => [x.version, x.title, x.createdByName])).toEqual([
      [3, "Bản thứ ba", "Biên tập A"],
      [2, "Bản thứ hai", "Biên tập B"],
      [1, "Bản đầu tiên", "Biên tập A"],
    ]);
    expect((await row(id)).version).toBe(3);

    const first = revs[2];
    const restored = await restoreRevision(b, { id, revisionId: first.id });
    expect(restored).toMatchObject({ ok: true, value: { version: 4, restoredVersion: 1 } });
    expect(await row(id)).toMatchObject({ title: "Bản đầu tiên", categoryId: c.id, bodyHtml: "<p>Nội dung gốc của bài.</p>", version: 4, updatedById: b.id });
    const all = await t.db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(asc(articleRevisions.version));
    expect(all.map((x) => x.version)).toEqual([1, 2, 3, 4]);
    expect(all[3]).toMatchObject({ title: "Bản đầu tiên", createdById: b.id });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "article.restore_revision"));
    expect(entry.after).toMatchObject({ restoredFromVersion: 1, version: 4 });

    // A revision of another article cannot be restored into this one.
    const x = await createArticle(a, { title: "Bài khác", categoryId: c.id });
    if (!x.ok) throw new Error("create failed");
    const [foreign] = await listRevisions(a, x.value.id);
    expect(await restoreRevision(a, { id, revisionId: foreign.id })).toMatchObject({ ok: false });
    expect((await row(id)).version).toBe(4);

    // The diff of version 2 against version 1.
    const pair = await getRevisionWithPrevious(a, id, revs[1].id);
    expect(pair?.previous?.version).toBe(1);
    const diff = diffRevisions(pair!.previous!, pair!.revision, (cid) => (cid === c.id ? c.name : other.name));
    const byField = Object.fromEntries(diff.map((d) => [d.field, d]));
    expect(byField.title.html).toBe("Bản <del>đầu tiên</del><ins>thứ hai</ins>");
    expect(byField.body.html).toBe("Nội dung <del>gốc</del><ins>đã sửa</ins> của bài.");
    expect(byField.categoryId.changed).toBe(true);
    expect(byField.sapo).toMatchObject({ changed: false });
    expect(await getRevisionWithPrevious(a, id, foreign.id)).toBeNull();
  });

  it("keeps the content of an article written before the newsroom (e.g. the demo seed) as its first revision", async () => {
    const c = await makeCategory(t.db);
    const editor = await makeActor(t.db, "Biên tập");
    const seeded = await makeArticle(t.db, { title: "Bài có sẵn từ trước", categoryId: c.id, ...READY, status: "draft", publishedAt: null });
    expect(await listRevisions(editor, seeded.id)).toEqual([]);
    await updateArticle(editor, seeded.id, { title: "Bài có sẵn đã sửa", categoryId: c.id, ...READY });
    const revs = await listRevisions(editor, seeded.id);
    expect(revs.map((r) => [r.version, r.title])).toEqual([
      [2, "Bài có sẵn đã sửa"],
      [1, "Bài có sẵn từ trước"],
    ]);
    expect(await restoreRevision(editor, { id: seeded.id, revisionId: revs[1].id })).toMatchObject({ ok: true, value: { version: 3 } });
    expect((await row(seeded.id)).title).toBe("Bài có sẵn từ trước");
  });

  it("escapes text in diffs, so a revision can never inject markup", () => {
    const d = diffTextHtml("Tiêu đề <b>cũ</b>", `Tiêu đề <script>alert("x")</script>`);
    expect(d.changed).toBe(true);
    // The only markup is our own <ins>/<del>; the typed tags come out as text.
    expect(d.html.replace(/<\/?(ins|del)>/g, "")).not.toContain("<");
    expect(d.html).toContain("<ins>script</ins>");
    expect(d.html).toContain("&lt;");
    expect(d.html).toMatch(/<del>[^<]*cũ/);
    expect(diffTextHtml("Giống nhau", "Giống nhau")).toEqual({ html: "Giống nhau", changed: false });
  });

  it("shows only the changed paragraphs of a long body, with one paragraph of context", () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `Đoạn số ${i + 1} của bài viết.`);
    const changed = paragraphs.map((p, i) => (i === 5 ? "Đoạn số 6 đã được viết lại." : p));
    const d = diffTextHtml(paragraphs.join("\n"), changed.join("\n"), { context: 1 });
    expect(d.html.split("\n")).toEqual([
      "[… 4 đoạn không đổi …]",
      "Đoạn số 5 của bài viết.",
      "Đoạn số 6 <del>của bài</del><ins>đã được</ins> viết <ins>lại</ins>.",
      "Đoạn số 7 của bài viết.",
      "[… 3 đoạn không đổi …]",
    ]);
  });
});
