// /admin/news/new: write a new article. It is saved as a draft; the workflow starts on its edit page.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listMediaForPicker } from "@/lib/media/queries";
import { listNewsroomCategories } from "@/lib/newsroom/queries";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { ArticleForm } from "../_components/article-form";
import { createArticleAction } from "./actions";

export const metadata: Metadata = { title: "Viết tin mới" };

export default async function NewArticlePage() {
  const actor = await requirePage("news.write");
  const [categories, media] = await Promise.all([listNewsroomCategories(actor), listMediaForPicker()]);
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/news", label: "Tin bài" }, { label: "Viết tin mới" }]} />
      <h1 className="text-2xl font-bold">Viết tin mới</h1>
      <p className="mt-1 text-muted">Bài được lưu thành bản nháp; sau đó bạn gửi duyệt, hẹn giờ hoặc đăng từ trang sửa bài.</p>
      <div className="mt-6">
        <ArticleForm
          action={createArticleAction}
          categories={categories}
          media={media.map(({ id, altText, caption, credit }) => ({ id, altText, caption, credit }))}
          initial={{ title: "", sapo: "", categoryId: "", author: "", source: "", featured: false, bodyHtml: "", coverMediaId: "" }}
          submitLabel="Lưu bản nháp"
        />
      </div>
    </>
  );
}
