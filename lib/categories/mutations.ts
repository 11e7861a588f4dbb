// News category writes: create, edit (name, description, order, address) and delete. Slugs are unique and
// never reserved; a category that still holds articles (any status) cannot be deleted. Each change is one
// transaction with its audit entry. Callers revalidate the public pages (lib/cache.ts) afterwards.
import "server-only";
import { and, count, eq, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { articles, categories, type Category } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { fieldErrors } from "@/lib/form/action-state";
import { slugify } from "@/lib/text/slug";
import { categoryInput, RESERVED_CATEGORY_SLUGS, SLUG_MAX, type CategoryInput } from "./validation";

export type FieldErrors = Record<string, string>;
export type MutationResult<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const NOT_FOUND = "Không tìm thấy chuyên mục này (có thể đã bị xóa).";
const SORT_STEP = 10;

const auditView = (c: Category) => ({ slug: c.slug, name: c.name, description: c.description, sortOrder: c.sortOrder });

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string }; message?: string };
  return e?.code === "23505" || e?.cause?.code === "23505" || /unique|duplicate key/i.test(String(e?.message));
}

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

export async function createCategory(actor: Actor | null, input: CategoryInput): Promise<MutationResult<{ id: number; slug: string }>> {
  assertCan(actor, "categories.manage");
  const parsed = categoryInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { name, description, sortOrder } = parsed.data;
  // A derived slug that clashes is reported on the name (the field the user typed); a typed one on itself.
  const slug = parsed.data.slug ?? slugify(name, SLUG_MAX);
  const slugField = parsed.data.slug ? "slug" : "name";
  if (RESERVED_CATEGORY_SLUGS.includes(slug)) {
    return { ok: false, errors: { slug: `Đường dẫn “${slug}” được dành riêng cho hệ thống. Vui lòng nhập một đường dẫn khác.` } };
  }
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const clashes = await findClashes(tx, slug, name, undefined, slugField);
      if (Object.keys(clashes).length) return { ok: false as const, errors: clashes };
      let order = sortOrder;
      if (order === undefined) {
        const [{ max }] = await tx.select({ max: sql<number | null>`max(${categories.sortOrder})` }).from(categories);
        order = Number(max ?? 0) + SORT_STEP;
      }
      const [created] = await tx.insert(categories).values({ name, description, slug, sortOrder: order }).returning();
      await writeAudit(tx, actor, { action: "category.create", entity: "category", entityId: created.id, after: auditView(created) });
      return { ok: true as const, value: { id: created.id, slug: created.slug } };
    });
  } catch (err) {
    // Two people creating the same category at once: the unique index decides.
    if (isUniqueViolation(err)) return { ok: false, errors: { [slugField]: `Đường dẫn “${slug}” đã được dùng. Vui lòng nhập đường dẫn khác.` } };
    throw err;
  }
}

/** Edits a category. An empty slug keeps the current one (changing it changes the public addresses). */
export async function updateCategory(actor: Actor | null, id: number, input: CategoryInput): Promise<MutationResult> {
  assertCan(actor, "categories.manage");
  const parsed = categoryInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(categories).where(eq(categories.id, id)).for("update");
      if (!before) return { ok: false as const, errors: { _form: NOT_FOUND } };
      const next = {
        name: parsed.data.name,
        description: parsed.data.description,
        slug: parsed.data.slug ?? before.slug,
        sortOrder: parsed.data.sortOrder ?? before.sortOrder,
      };
      const clashes = await findClashes(tx, next.slug, next.name, id);
      if (Object.keys(clashes).length) return { ok: false as const, errors: clashes };
      const [after] = await tx.update(categories).set(next).where(eq(categories.id, id)).returning();
      await writeAudit(tx, actor, { action: "category.update", entity: "category", entityId: id, before: auditView(before), after: auditView(after) });
      return { ok: true as const, value: undefined };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, errors: { slug: "Đường dẫn này đã được dùng. Vui lòng nhập đường dẫn khác." } };
    throw err;
  }
}

/** Deletes an empty category. Refused (nothing changes) while any article, even a draft, belongs to it. */
export async function deleteCategory(actor: Actor | null, id: number): Promise<MutationResult> {
  assertCan(actor, "categories.manage");
  const db = await getDb();
  try {
    return await deleteEmptyCategory(db, actor, id);
  } catch (err) {
    // An article saved into the category between the count and the delete: the foreign key refuses it.
    const e = err as { code?: string; cause?: { code?: string } };
    if (e?.code === "23503" || e?.cause?.code === "23503") {
      return { ok: false, errors: { _form: "Không thể xóa: chuyên mục vừa có thêm tin bài. Hãy chuyển các bài sang chuyên mục khác trước." } };
    }
    throw err;
  }
}

function deleteEmptyCategory(db: Db, actor: Actor, id: number): Promise<MutationResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(categories).where(eq(categories.id, id)).for("update");
    if (!before) return { ok: false as const, errors: { _form: NOT_FOUND } };
    const [{ n }] = await tx.select({ n: count() }).from(articles).where(eq(articles.categoryId, id));
    if (n > 0) {
      return {
        ok: false as const,
        errors: {
          _form: `Không thể xóa chuyên mục “${before.name}”: còn ${n} tin bài (kể cả bản nháp) thuộc chuyên mục này. Hãy chuyển các bài sang chuyên mục khác trước.`,
        },
      };
    }
    await tx.delete(categories).where(eq(categories.id, id));
    await writeAudit(tx, actor, { action: "category.delete", entity: "category", entityId: id, before: auditView(before) });
    return { ok: true as const, value: undefined };
  });
}
