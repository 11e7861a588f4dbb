// News category writes: create, edit (name, description, order, address) and delete. Slugs are unique and
// never reserved; a category that still holds articles (any status) cannot be deleted. Each change is one
// transaction with its audit entry. Callers revalidate the public pages (lib/cache.ts) afterwards.
import "server-only";
import { and, count, eq, ne, sql, type SQL } from "drizzle-orm";
import { articles, categories, type Category } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fail, hasErrors, parseInput, refuse, runInTransaction, type FieldErrors, type Result, type Tx } from "@/lib/kernel";
import { slugify } from "@/lib/text/slug";
import { categoryIdInput, categoryInput, RESERVED_CATEGORY_SLUGS, SLUG_MAX, type CategoryInput } from "./validation";

const NOT_FOUND = "Không tìm thấy chuyên mục này (có thể đã bị xóa).";
const SORT_STEP = 10;

const auditView = (c: Category) => ({ slug: c.slug, name: c.name, description: c.description, sortOrder: c.sortOrder });

/** Another category with this slug or (case-insensitively) this name, as field errors. */
async function findClashes(tx: Tx, slug: string, name: string, exceptId?: number, slugField = "slug"): Promise<FieldErrors> {
  const others = (cond: SQL) => (exceptId ? and(cond, ne(categories.id, exceptId)) : cond);
  const errors: FieldErrors = {};
  const [bySlug] = await tx.select().from(categories).where(others(eq(categories.slug, slug))).limit(1);
  if (bySlug) errors[slugField] = `Đường dẫn “${slug}” đã được chuyên mục “${bySlug.name}” dùng. Vui lòng nhập đường dẫn khác.`;
  const [byName] = await tx
    .select()
    .from(categories)
    .where(others(sql`lower(${categories.name}) = lower(${name})`))
    .limit(1);
  if (byName) errors.name = `Đã có chuyên mục tên “${byName.name}”.`;
  return errors;
}

export async function createCategory(actor: Actor | null, input: CategoryInput): Promise<Result<{ id: number; slug: string }>> {
  assertCan(actor, "categories.manage");
  const parsed = parseInput(categoryInput, input);
  if (!parsed.ok) return parsed;
  const { name, description, sortOrder } = parsed.data;
  // A derived slug that clashes is reported on the name (the field the user typed); a typed one on itself.
  const slug = parsed.data.slug ?? slugify(name, SLUG_MAX);
  const slugField = parsed.data.slug ? "slug" : "name";
  if (RESERVED_CATEGORY_SLUGS.includes(slug)) {
    return fail({ slug: `Đường dẫn “${slug}” được dành riêng cho hệ thống. Vui lòng nhập một đường dẫn khác.` });
  }
  return runInTransaction(
    async (tx) => {
      const clashes = await findClashes(tx, slug, name, undefined, slugField);
      if (hasErrors(clashes)) refuse(clashes);
      let order = sortOrder;
      if (order === undefined) {
        const [{ max }] = await tx.select({ max: sql<number | null>`max(${categories.sortOrder})` }).from(categories);
        order = Number(max ?? 0) + SORT_STEP;
      }
      const [created] = await tx.insert(categories).values({ name, description, slug, sortOrder: order }).returning();
      await writeAudit(tx, actor, { action: "category.create", entity: "category", entityId: created.id, after: auditView(created) });
      return { id: created.id, slug: created.slug };
    },
    // Two people creating the same category at once: the unique index decides.
    { violations: { "23505": { [slugField]: `Đường dẫn “${slug}” đã được dùng. Vui lòng nhập đường dẫn khác.` } } },
  );
}

/** Edits a category. An empty slug keeps the current one (changing it changes the public addresses). */
export async function updateCategory(actor: Actor | null, id: number | string, input: CategoryInput): Promise<Result> {
  assertCan(actor, "categories.manage");
  const categoryId = categoryIdInput.safeParse(id);
  if (!categoryId.success) return fail({ _form: NOT_FOUND });
  const parsed = parseInput(categoryInput, input);
  if (!parsed.ok) return parsed;
  return runInTransaction(
    async (tx) => {
      const [before] = await tx.select().from(categories).where(eq(categories.id, categoryId.data)).for("update");
      if (!before) refuse(NOT_FOUND);
      const next = {
        name: parsed.data.name,
        description: parsed.data.description,
        slug: parsed.data.slug ?? before.slug,
        sortOrder: parsed.data.sortOrder ?? before.sortOrder,
      };
      const clashes = await findClashes(tx, next.slug, next.name, before.id);
      if (hasErrors(clashes)) refuse(clashes);
      const [after] = await tx.update(categories).set(next).where(eq(categories.id, before.id)).returning();
      await writeAudit(tx, actor, { action: "category.update", entity: "category", entityId: before.id, before: auditView(before), after: auditView(after) });
    },
    { violations: { "23505": { slug: "Đường dẫn này đã được dùng. Vui lòng nhập đường dẫn khác." } } },
  );
}

/** Deletes an empty category. Refused (nothing changes) while any article, even a draft, belongs to it. */
export async function deleteCategory(actor: Actor | null, id: number | string): Promise<Result> {
  assertCan(actor, "categories.manage");
  const categoryId = categoryIdInput.safeParse(id);
  if (!categoryId.success) return fail({ _form: NOT_FOUND });
  return runInTransaction(
    async (tx) => {
      const [before] = await tx.select().from(categories).where(eq(categories.id, categoryId.data)).for("update");
      if (!before) refuse(NOT_FOUND);
      const [{ n }] = await tx.select({ n: count() }).from(articles).where(eq(articles.categoryId, before.id));
      if (n > 0) {
        refuse(`Không thể xóa chuyên mục “${before.name}”: còn ${n} tin bài (kể cả bản nháp) thuộc chuyên mục này. Hãy chuyển các bài sang chuyên mục khác trước.`);
      }
      await tx.delete(categories).where(eq(categories.id, before.id));
      await writeAudit(tx, actor, { action: "category.delete", entity: "category", entityId: before.id, before: auditView(before) });
    },
    // An article saved into the category between the count and the delete: the foreign key refuses it.
    { violations: { "23503": { _form: "Không thể xóa: chuyên mục vừa có thêm tin bài. Hãy chuyển các bài sang chuyên mục khác trước." } } },
  );
}
