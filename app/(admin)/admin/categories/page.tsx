// /admin/categories: the news categories (chuyên mục) citizens browse by. Staff add one, rename it, change
// its description, address or order, and delete it once no article belongs to it.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listCategoriesForAdmin } from "@/lib/categories/queries";
import { formatNumber } from "@/lib/format";
import { Flash } from "@/app/_components/form";
import { CreateCategoryForm, DeleteCategoryForm, EditCategoryForm } from "./category-forms";

export const metadata: Metadata = { title: "Chuyên mục" };

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("categories.manage");
  const sp = await searchParams;
  const list = await listCategoriesForAdmin(actor);
  const flash =
    sp["da-tao"] !== undefined
      ? "Đã thêm chuyên mục."
      : sp["da-luu"] !== undefined
        ? "Đã lưu chuyên mục."
        : sp["da-xoa"] !== undefined
          ? "Đã xóa chuyên mục."
          : undefined;
  const changedId = Number(sp["da-tao"] ?? sp["da-luu"]);

  return (
    <>
      <h1 className="text-2xl font-bold">Chuyên mục tin</h1>
      <p className="mt-1 text-muted">Các chuyên mục hiện trên cổng theo thứ tự dưới đây. Chỉ xóa được chuyên mục chưa có tin bài nào.</p>
      <div className="mt-4">
        <Flash testId="categories-flash" message={flash} />
      </div>

      <section aria-labelledby="new-heading" className="mt-4 rounded border border-gray-300 p-4">
        <h2 id="new-heading" className="text-lg font-bold">
          Thêm chuyên mục
        </h2>
        <div className="mt-3">
          {/* A new key after each change: the form starts empty again. */}
          <CreateCategoryForm key={String(sp["da-tao"] ?? "new")} />
        </div>
      </section>

      <section aria-labelledby="list-heading" className="mt-8">
        <h2 id="list-heading" className="text-lg font-bold">
          Danh sách ({formatNumber(list.length)})
        </h2>
        {list.length === 0 ? <p className="mt-2 text-muted">Chưa có chuyên mục nào.</p> : null}
        <ul className="mt-3 space-y-4">
          {list.map((c) => (
            <li
              key={c.id}
              data-testid="category-item"
              data-slug={c.slug}
              className={`rounded border p-4 ${c.id === changedId ? "border-brand ring-2 ring-brand" : "border-gray-300"}`}
            >
              <h3 className="font-bold">
                {c.name}{" "}
                <span className="font-normal text-muted">
                  · <a href={`/news?category=${c.slug}`}>/news?category={c.slug}</a> · {formatNumber(c.articleCount)} tin bài
                </span>
              </h3>
              <details className="mt-2">
                <summary className="cursor-pointer font-semibold text-brand">
                  Sửa hoặc xóa<span className="sr-only"> chuyên mục {c.name}</span>
                </summary>
                {/* Edit forms get a new key after each save (the redirect carries a fresh token t), so they
                    show the saved values rather than those of an earlier failed attempt. */}
                <div className="mt-3 space-y-4">
                  <EditCategoryForm key={`${c.id}-${String(sp.t ?? "")}`} category={c} />
                  <DeleteCategoryForm id={c.id} name={c.name} articleCount={c.articleCount} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
