// Preview links, stored and revocable: minted only when staff ask, shown to whoever holds the link for 24
// hours at most, and dead (the page answers 404) once revoked, expired, its issuer locked out, or once what it
// was minted for has changed state (published, discarded, taken down). Minting and revoking are audited;
// the database never holds the token itself.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // The hashing secret comes from the environment (else a file under DATA_DIR, which tests must not touch).
  process.env.AUTH_SECRET ??= "test-only-secret-for-preview-links-0123456789";
});

import { eq } from "drizzle-orm";
import { useTestDb } from "../../helpers/db";
import { makeCategory } from "../../helpers/fixtures";
import { makeActor, READY } from "../../helpers/newsroom";
import { auditLog, previewLinks, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { AuthorizationError } from "@/lib/auth/permissions";
import {
  approveAndPublish,
  approveEdition,
  createArticle,
  discardEdition,
  publishWithoutReview,
  scheduleArticle,
  submitEditionForReview,
  submitForReview,
  unpublishArticle,
  updateArticle,
} from "@/lib/newsroom/mutations";
import { getArticlePreview, getArticlePreviewByToken } from "@/lib/newsroom/queries";
import { listPreviewLinks, MAX_LIVE_LINKS_PER_ARTICLE, mintPreviewLink, previewLinkState, revokePreviewLink } from "@/lib/newsroom/preview-links";
import { setUserActive } from "@/lib/users/mutations";
import { toVietnamLocalInput } from "@/lib/time";

const t = useTestDb();
const HOUR = 3600_000;

async function draft(title = "Bản nháp chưa đăng") {
  const c = await makeCategory(t.db);
  const author = await makeActor(t.db, "Biên tập viên A");
  const reviewer = await makeActor(t.db, "Biên tập viên B");
  const r = await createArticle(author, { title, categoryId: c.id, ...READY });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { c, author, reviewer, id: r.value.id };
}

async function mint(actor: Parameters<typeof mintPreviewLink>[0], id: number, now?: Date) {
  const r = await mintPreviewLink(actor, id, now);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const shows = async (token: string, now?: Date) => (await getArticlePreviewByToken(token, now))?.preview.title ?? null;

describe("minting", () => {
  it("is for signed-in staff only, and stores a keyed hash, never the token", async () => {
    const { author, id } = await draft();
    await expect(mintPreviewLink(null, id)).rejects.toBeInstanceOf(AuthorizationError);
    const link = await mint(author, id);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.db.select().from(previewLinks);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(link.token);
    expect(rows[0]).toMatchObject({ articleId: id, issuedById: author.id, editionId: null, baseEditionNumber: 0, revokedAt: null });
    expect(rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()).toBe(24 * HOUR);
    // Each request mints a new, different link.
    expect((await mint(author, id)).token).not.toBe(link.token);
  });

  it("is audited, with the article and the expiry", async () => {
    const { author, id } = await draft();
    const link = await mint(author, id);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "preview_link.create"));
    expect(entry).toMatchObject({ actorId: author.id, entity: "preview_link", entityId: String(link.id) });
    expect(entry.after).toMatchObject({ articleId: id, editionNumber: null });
    expect(JSON.stringify(entry)).not.toContain(link.token);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("refuses an unknown article and a published article with nothing new to preview", async () => {
    const { author, reviewer, id } = await draft();
    expect(await mintPreviewLink(author, 99999)).toEqual({ ok: false, errors: { _form: "Không tìm thấy bài viết." } });
    expect(await mintPreviewLink(author, "abc")).toEqual({ ok: false, errors: { _form: "Không tìm thấy bài viết." } });
    await submitForReview(author, id);
    await approveAndPublish(reviewer, id);
    const r = await mintPreviewLink(author, id);
    expect(r).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/đang đăng/) } });
    expect(await t.db.select().from(previewLinks)).toHaveLength(0);
  });

  it(`keeps at most ${MAX_LIVE_LINKS_PER_ARTICLE} live links per article`, async () => {
    const { author, id } = await draft();
    const first = await mint(author, id);
    for (let i = 1; i < MAX_LIVE_LINKS_PER_ARTICLE; i++) await mint(author, id);
    expect(await mintPreviewLink(author, id)).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/thu hồi bớt/) } });
    await revokePreviewLink(author, first.id);
    expect((await mintPreviewLink(author, id)).ok).toBe(true);
  });
});

describe("a live link", () => {
  it("shows the current draft to anyone, edits included, until it expires 24 hours later", async () => {
    const { c, author, id } = await draft();
    const now = new Date();
    const link = await mint(author, id, now);
    expect(await getArticlePreviewByToken(link.token, now)).toMatchObject({ preview: { title: "Bản nháp chưa đăng", status: "draft" }, expiresAt: link.expiresAt });
    await updateArticle(author, id, { title: "Bản nháp đã sửa", categoryId: c.id, ...READY, version: 1 });
    expect(await shows(link.token, new Date(now.getTime() + 23 * HOUR))).toBe("Bản nháp đã sửa");
    expect(await shows(link.token, new Date(now.getTime() + 24 * HOUR))).toBeNull();
    // Without a link, previews are for signed-in staff only.
    await expect(getArticlePreview(null, id)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("survives review and scheduling before publication", async () => {
    const { author, reviewer, id } = await draft();
    const link = await mint(author, id);
    await submitForReview(author, id);
    expect(await shows(link.token)).toBe("Bản nháp chưa đăng");
    const scheduled = await scheduleArticle(reviewer, id, { scheduledAt: toVietnamLocalInput(new Date(Date.now() + 48 * HOUR)) });
    expect(scheduled).toMatchObject({ ok: true, value: { status: "scheduled" } });
    expect(await shows(link.token)).toBe("Bản nháp chưa đăng");
  });

  it("opens nothing with a changed, guessed or malformed token", async () => {
    const { author, id } = await draft();
    const link = await mint(author, id);
    const flipped = link.token.slice(0, -1) + (link.token.endsWith("A") ? "B" : "A");
    for (const bad of [flipped, "", "x", `${link.token}x`, link.token.slice(1), "../../etc/passwd", `${id}.1900000000.${"a".repeat(43)}`]) {
      expect(await getArticlePreviewByToken(bad), bad).toBeNull();
    }
  });
});

describe("a link is dead (the page answers 404)", () => {
  it("once revoked: audited, and revoking again is refused", async () => {
    const { author, reviewer, id } = await draft();
    const link = await mint(author, id);
    await expect(revokePreviewLink(null, link.id)).rejects.toBeInstanceOf(AuthorizationError);
    // Any staff member may stop a link from circulating.
    expect(await revokePreviewLink(reviewer, link.id)).toEqual({ ok: true, value: { id: link.id, articleId: id } });
    expect(await shows(link.token)).toBeNull();
    expect(await revokePreviewLink(reviewer, link.id)).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/đã được thu hồi/) } });
    expect(await revokePreviewLink(reviewer, 424242)).toEqual({ ok: false, errors: { _form: "Không tìm thấy liên kết xem trước." } });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "preview_link.revoke"));
    expect(entry).toMatchObject({ actorId: reviewer.id, entity: "preview_link", entityId: String(link.id) });
    const [listed] = await listPreviewLinks(author, id);
    expect(listed).toMatchObject({ id: link.id, revokedByName: "Biên tập viên B", state: { live: false, reason: "Đã thu hồi" } });
  });

  it("once the article is published, and still after it is taken down again", async () => {
    const { author, reviewer, id } = await draft();
    const link = await mint(author, id);
    await submitForReview(author, id);
    await approveAndPublish(reviewer, id);
    expect(await shows(link.token)).toBeNull();
    await unpublishArticle(reviewer, id);
    expect(await shows(link.token)).toBeNull();
    expect((await listPreviewLinks(author, id))[0].state).toEqual({ live: false, reason: "Bài đã được đăng rồi bị gỡ" });
  });

  it("minted for a taken-down article, once it is published again", async () => {
    const { author, id } = await draft();
    await publishWithoutReview(author, id, { reason: "Tin khẩn cần đăng ngay trong sáng nay" });
    await unpublishArticle(author, id);
    const link = await mint(author, id);
    expect(await shows(link.token)).toBe("Bản nháp chưa đăng");
    await publishWithoutReview(author, id, { reason: "Đăng lại sau khi sửa lỗi chính tả" });
    expect(await shows(link.token)).toBeNull();
  });

  it("minted for a published article's new edition: shows the edition, dead once it is published", async () => {
    const { c, author, reviewer, id } = await draft();
    await publishWithoutReview(author, id, { reason: "Tin khẩn cần đăng ngay trong sáng nay" });
    const saved = await updateArticle(author, id, { title: "Tiêu đề ấn bản mới", categoryId: c.id, ...READY });
    if (!saved.ok || !saved.value.edition) throw new Error(JSON.stringify(saved));
    const link = await mint(author, id);
    expect(await getArticlePreviewByToken(link.token)).toMatchObject({ preview: { title: "Tiêu đề ấn bản mới", editionNumber: saved.value.edition.number } });
    expect((await submitEditionForReview(author, saved.value.edition.id)).ok).toBe(true);
    expect(await shows(link.token)).toBe("Tiêu đề ấn bản mới");
    expect((await approveEdition(reviewer, saved.value.edition.id)).ok).toBe(true);
    expect(await shows(link.token)).toBeNull();
    expect((await listPreviewLinks(author, id))[0].state).toEqual({ live: false, reason: "Ấn bản đã được đăng" });
  });

  it("minted for an edition that is then discarded, or folded when the article is taken down", async () => {
    const { c, author, id } = await draft();
    await publishWithoutReview(author, id, { reason: "Tin khẩn cần đăng ngay trong sáng nay" });
    const first = await updateArticle(author, id, { title: "Ấn bản sẽ bị hủy", categoryId: c.id, ...READY });
    if (!first.ok || !first.value.edition) throw new Error(JSON.stringify(first));
    const discarded = await mint(author, id);
    expect((await discardEdition(author, first.value.edition.id)).ok).toBe(true);
    expect(await shows(discarded.token)).toBeNull();

    const second = await updateArticle(author, id, { title: "Ấn bản khi bài bị gỡ", categoryId: c.id, ...READY });
    if (!second.ok || !second.value.edition) throw new Error(JSON.stringify(second));
    const folded = await mint(author, id);
    expect(await shows(folded.token)).toBe("Ấn bản khi bài bị gỡ");
    await unpublishArticle(author, id);
    expect(await shows(folded.token)).toBeNull();
  });

  it("once its issuer's account is locked, and for good: reactivating it brings nothing back", async () => {
    const { author, reviewer, id } = await draft();
    const admin = await makeActor(t.db, "Quản trị", "admin");
    const byAuthor = await mint(author, id);
    const byReviewer = await mint(reviewer, id);
    expect((await setUserActive(admin, author.id, false)).ok).toBe(true);
    expect(await shows(byAuthor.token)).toBeNull();
    expect(await shows(byReviewer.token)).toBe("Bản nháp chưa đăng");
    expect((await setUserActive(admin, author.id, true)).ok).toBe(true);
    expect(await shows(byAuthor.token)).toBeNull();
    const states = Object.fromEntries((await listPreviewLinks(admin, id)).map((l) => [l.id, l.state]));
    expect(states[byAuthor.id]).toEqual({ live: false, reason: "Thu hồi vì tài khoản người tạo bị khóa" });
    expect(states[byReviewer.id]).toEqual({ live: true });
  });

  it("when the account is locked by any path, not only the admin page (the database trigger)", async () => {
    const { author, id } = await draft();
    const link = await mint(author, id);
    await t.db.update(users).set({ active: false }).where(eq(users.id, author.id));
    const [row] = await t.db.select().from(previewLinks).where(eq(previewLinks.id, link.id));
    expect(row).toMatchObject({ revokedReason: "issuer_deactivated" });
    expect(row.revokedAt).toBeInstanceOf(Date);
  });
});

describe("previewLinkState", () => {
  const base = {
    revokedAt: null,
    revokedReason: null,
    expiresAt: new Date(Date.now() + HOUR),
    issuerActive: true,
    editionId: null,
    baseEditionNumber: 2,
    articleStatus: "draft" as const,
    latestEditionNumber: 2,
    editionStatus: null,
  };
  it("checks the issuer even before the trigger has run", () => {
    expect(previewLinkState(base)).toEqual({ live: true });
    expect(previewLinkState({ ...base, issuerActive: false })).toEqual({ live: false, reason: "Tài khoản người tạo đã bị khóa" });
    expect(previewLinkState({ ...base, articleStatus: "scheduled" })).toEqual({ live: true });
    expect(previewLinkState({ ...base, editionId: 5, editionStatus: "in_review", articleStatus: "unpublished" })).toEqual({ live: false, reason: "Bài đã bị gỡ" });
  });
});
