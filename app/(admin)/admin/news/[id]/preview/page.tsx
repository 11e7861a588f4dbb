// /admin/news/[id]/preview: the article's current content as citizens would see it, for signed-in staff.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { getArticlePreview } from "@/lib/newsroom/queries";
import { ArticlePreview } from "../../_components/article-preview";

export const metadata: Metadata = { title: "Xem trước" };

export default async function AdminPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("news.write");
  const raw = (await params).id;
  if (!/^[1-9]\d{0,9}$/.test(raw)) notFound();
  const a = await getArticlePreview(actor, Number(raw));
  if (!a) notFound();
  return (
    <ArticlePreview
      a={a}
      note={
        <a href={`/admin/news/${a.id}`} data-testid="back-to-edit">
          ‹ Quay lại sửa bài
        </a>
      }
    />
  );
}
