// The media library on a real database: only real JPEG/PNG/WebP/GIF bytes are stored (never on the name's
// say-so), with the right size and type, alt text required, 10 MB at most, staff only, every change
// audited without the bytes, and an image in use cannot be deleted.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { makeArticle, makeCategory } from "../../helpers/fixtures";
import { auditLog, media, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { deleteMedia, updateMediaText, uploadMedia } from "@/lib/media/mutations";
import { getMediaFile, getMediaMeta, listMedia, listMediaForPicker } from "@/lib/media/queries";
import { UPLOAD_KINDS } from "@/lib/uploads/kinds";
import { GIF_1X1, PNG_1X1, noisePng } from "../../helpers/images";

const MAX_UPLOAD_BYTES = UPLOAD_KINDS.image.maxFileBytes;

const t = useTestDb();

let staff: Actor;

async function makeActor(email: string, role: "staff" | "admin"): Promise<Actor> {
  const [u] = await t.db
    .insert(users)
    .values({ email, name: `Người dùng ${role}`, role, passwordHash: await hashPassword("mat-khau-thu-nghiem") })
    .returning();
  return { id: u.id, email: u.email, name: u.name, role: u.role, ip: "127.0.0.1", userAgent: "test" };
}

const text = { altText: "Phó Chủ tịch UBND tỉnh phát biểu", caption: "Hội nghị triển khai nhiệm vụ năm 2014", credit: "N.Hồng" };

async function mediaCount(): Promise<number> {
  return (await t.db.select({ id: media.id }).from(media)).length;
}

beforeEach(async () => {
  staff = await makeActor("bientap@example.gov.vn", "staff");
});

describe("uploadMedia", () => {
  it("stores a real PNG with its width, height, type, size and checksum", async () => {
    const r = await uploadMedia(staff, { bytes: PNG_1X1, filename: "anh-hoi-nghi.png", ...text });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [row] = await t.db.select().from(media).where(eq(media.id, r.value.id));
    expect(row).toMatchObject({
      filename: "anh-hoi-nghi.png",
      mimeType: "image/png",
      width: 1,
      height: 1,
      byteSize: PNG_1X1.length,
      sha256: createHash("sha256").update(PNG_1X1).digest("hex"),
      altText: text.altText,
      caption: text.caption,
      credit: text.credit,
      createdById: staff.id,
      isPlaceholder: false,
    });
    expect(Buffer.from(row.data).equals(PNG_1X1)).toBe(true);
    // The file route reads the same bytes back.
    const file = await getMediaFile(r.value.id);
    expect(file?.mimeType).toBe("image/png");
    expect(Buffer.from(file!.data).equals(PNG_1X1)).toBe(true);
  });

  it("takes the type from the bytes: a GIF named .jpg is stored as a GIF named .gif", async () => {
    const r = await uploadMedia(staff, { bytes: GIF_1X1, filename: "C:\\Users\\x\\anh.jpg", ...text });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [row] = await t.db.select().from(media).where(eq(media.id, r.value.id));
    expect(row).toMatchObject({ mimeType: "image/gif", filename: "anh.gif", width: 1, height: 1 });
  });

  it("reads the size of a larger image", async () => {
    const png = noisePng(320, 200);
    const r = await uploadMedia(staff, { bytes: png, filename: "nhieu.png", ...text });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [row] = await t.db.select({ w: media.width, h: media.height }).from(media).where(eq(media.id, r.value.id));
    expect(row).toEqual({ w: 320, h: 200 });
  });

  it.each([
    ["an HTML page named .png", Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"), "anh.png"],
    ["an SVG image", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "logo.svg"],
    ["an SVG named .png", Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'), "logo.png"],
    ["a PDF named .jpg", Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF"), "van-ban.jpg"],
    ["a ZIP named .webp", Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Array(40).fill(0)]), "anh.webp"],
    ["a PNG signature with a broken header", Buffer.concat([PNG_1X1.subarray(0, 8), Buffer.from("garbage-not-a-chunk")]), "hong.png"],
  ])("refuses %s with a Vietnamese message and stores nothing", async (_label, bytes, filename) => {
    const r = await uploadMedia(staff, { bytes, filename, ...text });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.file).toMatch(/không phải ảnh|không đọc được/i);
    expect(await mediaCount()).toBe(0);
    expect(await t.db.select().from(auditLog)).toHaveLength(0);
  });

  it("refuses a file over 10 MB, and an empty one", async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    PNG_1X1.copy(big); // a real PNG start: the size alone must refuse it
    const r = await uploadMedia(staff, { bytes: big, filename: "lon.png", ...text });
    expect(r).toMatchObject({ ok: false, errors: { file: expect.stringMatching(/quá lớn.*10 MB/) } });
    const empty = await uploadMedia(staff, { bytes: new Uint8Array(0), filename: "", ...text });
    expect(empty).toMatchObject({ ok: false, errors: { file: expect.stringMatching(/chọn một tệp ảnh/) } });
    expect(await mediaCount()).toBe(0);
  });

  it("requires alt text (a blank one too), with the message for the alt field", async () => {
    for (const altText of ["", "   \n  "]) {
      const r = await uploadMedia(staff, { bytes: PNG_1X1, filename: "a.png", altText, caption: "", credit: "" });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors.altText).toMatch(/^Vui lòng nhập mô tả ảnh \(alt\)/);
      expect(r.errors.file).toBeUndefined();
    }
    expect(await mediaCount()).toBe(0);
  });

  it("reports a bad file and a missing alt together", async () => {
    const r = await uploadMedia(staff, { bytes: Buffer.from("<html></html>"), filename: "x.png", altText: "", caption: "", credit: "" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(["altText", "file"]);
  });

  it("refuses texts over their limits", async () => {
    const r = await uploadMedia(staff, { bytes: PNG_1X1, filename: "a.png", altText: "a".repeat(301), caption: "c".repeat(501), credit: "d".repeat(201) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(["altText", "caption", "credit"]);
  });

  it("refuses the signed-out with an AuthorizationError before looking at the file", async () => {
    await expect(uploadMedia(null, { bytes: PNG_1X1, filename: "a.png", ...text })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(uploadMedia(null, { bytes: PNG_1X1, filename: "a.png", ...text })).rejects.toMatchObject({ kind: "unauthenticated" });
    expect(await mediaCount()).toBe(0);
  });

  it("writes one audit entry with the texts and no bytes", async () => {
    const r = await uploadMedia(staff, { bytes: PNG_1X1, filename: "a.png", ...text });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const entries = await t.db.select().from(auditLog);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "media.upload", entity: "media", entityId: r.value.id, actorId: staff.id, actorEmail: staff.email, ip: "127.0.0.1" });
    expect(entries[0].after).toEqual({ filename: "a.png", mimeType: "image/png", byteSize: PNG_1X1.length, ...text });
    expect(JSON.stringify(entries[0].after)).not.toContain(PNG_1X1.toString("base64").slice(0, 20));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});

describe("updateMediaText", () => {
  it("changes alt, caption and credit, audited with before and after", async () => {
    const up = await uploadMedia(staff, { bytes: PNG_1X1, filename: "a.png", ...text });
    if (!up.ok) throw new Error("upload failed");
    const r = await updateMediaText(staff, up.value.id, { altText: "Mô tả mới", caption: "", credit: "Sở TTTT" });
    expect(r.ok).toBe(true);
    const meta = await getMediaMeta([up.value.id, "not-an-id"]);
    expect(meta.get(up.value.id)).toMatchObject({ altText: "Mô tả mới", caption: "", credit: "Sở TTTT", width: 1, height: 1 });
    expect(meta.size).toBe(1);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "media.update"));
    expect(entry.before).toMatchObject({ altText: text.altText, credit: text.credit });
    expect(entry.after).toMatchObject({ altText: "Mô tả mới", caption: "", credit: "Sở TTTT" });
  });

  it("keeps alt text required and refuses unknown ids and the signed-out", async () => {
    const up = await uploadMedia(staff, { bytes: PNG_1X1, filename: "a.png", ...text });
    if (!up.ok) throw new Error("upload failed");
    expect(await updateMediaText(staff, up.value.id, { altText: " ", caption: "", credit: "" })).toMatchObject({ ok: false, errors: { altText: expect.any(String) } });
    expect(await updateMediaText(staff, "00000000-0000-4000-8000-000000000000", text)).toMatchObject({ ok: false, errors: { _form: expect.any(String) } });
    await expect(updateMediaText(null, up.value.id, text)).rejects.toBeInstanceOf(AuthorizationError);
    const [row] = await t.db.select().from(media).where(eq(media.id, up.value.id));
    expect(row.altText).toBe(text.altText);
  });
});

describe("deleteMedia", () => {
  it("refuses while an article's body uses the image, and deletes once it no longer does", async () => {
    const up = await uploadMedia(staff, { bytes: PNG_1X1, filename: "a.png", ...text });
    if (!up.ok) throw new Error("upload failed");
    const c = await makeCategory(t.db);
    const a = await makeArticle(t.db, {
      title: "Bài có ảnh trong thân bài",
      categoryId: c.id,
      status: "draft",
      bodyHtml: `<figure><img src="/media/${up.value.id}" alt="x"><figcaption>c</figcaption></figure>`,
    });
    const refused = await deleteMedia(staff, up.value.id);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors._form).toContain("Bài có ảnh trong thân bài");
    expect(await mediaCount()).toBe(1);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "media.delete"))).toHaveLength(0);

    const { items } = await listMedia(staff);
    expect(items[0]).toMatchObject({ id: up.value.id, usageCount: 1 });

    const { articles } = await import("@/db/schema");
    await t.db.update(articles).set({ bodyHtml: "<p>Không còn ảnh</p>" }).where(eq(articles.id, a.id));
    expect(await deleteMedia(staff, up.value.id)).toEqual({ ok: true, value: undefined });
    expect(await mediaCount()).toBe(0);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "media.delete"));
    expect(entry.before).toMatchObject({ filename: "a.png", altText: text.altText });
  });

  it("refuses while an article uses the image as its cover", async () => {
    const up = await uploadMedia(staff, { bytes: PNG_1X1, filename: "a.png", ...text });
    if (!up.ok) throw new Error("upload failed");
    const c = await makeCategory(t.db);
    await makeArticle(t.db, { title: "Bài có ảnh đại diện", categoryId: c.id, coverMediaId: up.value.id });
    const r = await deleteMedia(staff, up.value.id);
    expect(r).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/Không thể xóa.*1 tin bài/) } });
    expect(await mediaCount()).toBe(1);
  });

  it("refuses the signed-out and reports unknown ids", async () => {
    const up = await uploadMedia(staff, { bytes: PNG_1X1, filename: "a.png", ...text });
    if (!up.ok) throw new Error("upload failed");
    await expect(deleteMedia(null, up.value.id)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await deleteMedia(staff, "00000000-0000-4000-8000-000000000000")).toMatchObject({ ok: false });
    expect(await deleteMedia(staff, "'; drop table media; --")).toMatchObject({ ok: false });
    expect(await mediaCount()).toBe(1);
  });
});

describe("library reads", () => {
  it("pages the library newest first, without bytes, and the picker keeps its shape", async () => {
    for (let i = 0; i < 3; i++) {
      const r = await uploadMedia(staff, { bytes: noisePng(2 + i, 2), filename: `anh-${i}.png`, ...text, altText: `Ảnh ${i}` });
      expect(r.ok).toBe(true);
    }
    const page1 = await listMedia(staff, { page: 1, pageSize: 2 });
    expect(page1).toMatchObject({ total: 3, page: 1, pageCount: 2 });
    expect(page1.items).toHaveLength(2);
    expect(page1.items[0]).not.toHaveProperty("data");
    const page9 = await listMedia(staff, { page: 9, pageSize: 2 });
    expect(page9.page).toBe(2);
    expect(page9.items).toHaveLength(1);
    const seen = new Set([...page1.items, ...page9.items].map((i) => i.altText));
    expect(seen).toEqual(new Set(["Ảnh 0", "Ảnh 1", "Ảnh 2"]));
    await expect(listMedia(null)).rejects.toBeInstanceOf(AuthorizationError);

    const picker = await listMediaForPicker();
    expect(picker).toHaveLength(3);
    expect(Object.keys(picker[0])).toEqual(expect.arrayContaining(["id", "altText", "caption", "credit", "mimeType", "createdAt"]));
  });

  it("answers nothing (not an error) for malformed ids on the file route's read", async () => {
    expect(await getMediaFile("------------------------------------")).toBeNull();
    expect(await getMediaFile("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
