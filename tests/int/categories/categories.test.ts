// News categories on a real database: staff create, edit and delete them; slugs come from the name, stay
// unique and never take a reserved word; a category holding articles cannot be deleted; all audited.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../helpers/db";
import { makeArticle } from "../../helpers/fixtures";
import { auditLog, categories, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { AuthorizationError, type Actor } from "@/lib/auth/permissions";
import { createCategory, deleteCategory, updateCategory } from "@/lib/categories/mutations";
import { listCategoriesForAdmin } from "@/lib/categories/queries";

const t = useTestDb();
let staff: Actor;

beforeEach(async () => {
  const [u] = await t.db
    .insert(users)
    .values({ email: "bientap@example.gov.vn", name: "Biên tập", role: "staff", passwordHash: await hashPassword("mat-khau-thu-nghiem") })
    .returning();
  staff = { id: u.id, email: u.email, name: u.name, role: u.role, ip: "127.0.0.1", userAgent: "test" };
});

async function create(name: string, extra: Record<string, string> = {}) {
  const r = await createCategory(staff, { name, ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe("createCategory", () => {
  it("derives an ASCII slug from a Vietnamese name and appends after the last category", async () => {
    const a = await create("Tin tức – Sự kiện");
    const b = await create("Đào tạo, bồi dưỡng", { description: "Lớp tập huấn" });
    expect(a.slug).toBe("tin-tuc-su-kien");
    expect(b.slug).toBe("dao-tao-boi-duong");
    const list = await listCategoriesForAdmin(staff);
    expect(list.map((c) => [c.name, c.sortOrder])).toEqual([
      ["Tin tức – Sự kiện", 10],
      ["Đào tạo, bồi dưỡng", 20],
    ]);
    expect(list[1]).toMatchObject({ description: "Lớp tập huấn", articleCount: 0 });
  });

  it("takes a typed slug and order", async () => {
    const c = await create("Bưu chính", { slug: "buu-chinh-vien-thong", sortOrder: "5" });
    const [row] = await t.db.select().from(categories).where(eq(categories.id, c.id));
    expect(row).toMatchObject({ slug: "buu-chinh-vien-thong", sortOrder: 5 });
  });

  it("refuses the reserved slug 'all', typed or derived", async () => {
    expect(await createCategory(staff, { name: "Tất cả", slug: "all" })).toMatchObject({ ok: false, errors: { slug: expect.stringMatching(/dành riêng/) } });
    expect(await createCategory(staff, { name: "All" })).toMatchObject({ ok: false, errors: { slug: expect.stringMatching(/dành riêng/) } });
    expect(await t.db.select().from(categories)).toHaveLength(0);
  });

  it("refuses a duplicate slug or name, and a malformed slug", async () => {
    await create("Công nghệ thông tin");
    expect(await createCategory(staff, { name: "Công Nghệ Thông Tin" })).toMatchObject({ ok: false, errors: { name: expect.any(String) } });
    expect(await createCategory(staff, { name: "CNTT", slug: "cong-nghe-thong-tin" })).toMatchObject({ ok: false, errors: { slug: expect.stringMatching(/đã được/) } });
    expect(await createCategory(staff, { name: "Khác", slug: "Có dấu!" })).toMatchObject({ ok: false, errors: { slug: expect.stringMatching(/chữ thường/) } });
    expect(await t.db.select().from(categories)).toHaveLength(1);
  });

  it("requires a name and a whole-number order", async () => {
    const r = await createCategory(staff, { name: "  ", sortOrder: "abc" });
    expect(r).toMatchObject({ ok: false, errors: { name: "Vui lòng nhập tên chuyên mục.", sortOrder: expect.stringMatching(/số nguyên/) } });
  });

  it("refuses the signed-out", async () => {
    await expect(createCategory(null, { name: "X" })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(listCategoriesForAdmin(null)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("writes an audit entry", async () => {
    const c = await create("Xuất bản");
    const [entry] = await t.db.select().from(auditLog);
    expect(entry).toMatchObject({ action: "category.create", entity: "category", entityId: String(c.id), actorId: staff.id });
    expect(entry.after).toEqual({ slug: "xuat-ban", name: "Xuất bản", description: "", sortOrder: 10 });
  });
});

describe("updateCategory", () => {
  it("renames without changing the address unless a new slug is typed; audited before/after", async () => {
    const c = await create("Viễn thông");
    expect(await updateCategory(staff, c.id, { name: "Viễn thông và Internet", description: "Mô tả", sortOrder: "3" })).toEqual({ ok: true, value: undefined });
    let [row] = await t.db.select().from(categories).where(eq(categories.id, c.id));
    expect(row).toMatchObject({ name: "Viễn thông và Internet", slug: "vien-thong", description: "Mô tả", sortOrder: 3 });
    expect(await updateCategory(staff, c.id, { name: "Viễn thông và Internet", slug: "vien-thong-internet" })).toMatchObject({ ok: true });
    [row] = await t.db.select().from(categories).where(eq(categories.id, c.id));
    expect(row).toMatchObject({ slug: "vien-thong-internet", sortOrder: 3, description: "" });
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "category.update"));
    expect(entries).toHaveLength(2);
    expect(entries[0].before).toMatchObject({ name: "Viễn thông", slug: "vien-thong" });
    expect(entries[0].after).toMatchObject({ name: "Viễn thông và Internet", slug: "vien-thong" });
  });

  it("refuses a slug or name another category has, and 'all'", async () => {
    await create("Báo chí");
    const c = await create("Xuất bản");
    expect(await updateCategory(staff, c.id, { name: "Xuất bản", slug: "bao-chi" })).toMatchObject({ ok: false, errors: { slug: expect.any(String) } });
    expect(await updateCategory(staff, c.id, { name: "báo chí" })).toMatchObject({ ok: false, errors: { name: expect.any(String) } });
    expect(await updateCategory(staff, c.id, { name: "Xuất bản", slug: "all" })).toMatchObject({ ok: false, errors: { slug: expect.any(String) } });
    expect(await updateCategory(staff, 9999, { name: "Không có" })).toMatchObject({ ok: false, errors: { _form: expect.any(String) } });
    await expect(updateCategory(null, c.id, { name: "X" })).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe("deleteCategory", () => {
  it("refuses while any article (even a draft) belongs to it; deletes once empty; audited", async () => {
    const c = await create("Phát thanh, truyền hình");
    await makeArticle(t.db, { title: "Bản nháp về truyền hình", categoryId: c.id, status: "draft" });
    const refused = await deleteCategory(staff, c.id);
    expect(refused).toMatchObject({ ok: false, errors: { _form: expect.stringMatching(/Không thể xóa.*1 tin bài/) } });
    expect((await listCategoriesForAdmin(staff))[0].articleCount).toBe(1);

    const empty = await create("Thông tin điện tử");
    expect(await deleteCategory(staff, empty.id)).toEqual({ ok: true, value: undefined });
    expect((await t.db.select().from(categories)).map((r) => r.id)).toEqual([c.id]);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "category.delete"));
    expect(entry.before).toMatchObject({ name: "Thông tin điện tử", slug: "thong-tin-dien-tu" });
  });

  it("refuses the signed-out and reports unknown ids", async () => {
    const c = await create("Báo chí");
    await expect(deleteCategory(null, c.id)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await deleteCategory(staff, 424242)).toMatchObject({ ok: false });
    expect(await t.db.select().from(categories)).toHaveLength(1);
  });
});
