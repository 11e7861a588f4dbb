// Print-friendly view of an article: no navigation, serif text, source and address of the original.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { formatDateTime } from "@/lib/time";
import { getPublishedArticle } from "@/lib/news/queries";
import { slugParam } from "@/lib/news/validation";
import { getCachedSiteSettings } from "@/lib/settings/cached";
import { siteUrl } from "@/lib/env";

export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { robots: { index: false } };

export default async function PrintArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = slugParam.safeParse((await params).slug);
  const a = slug.success ? await getPublishedArticle(slug.data) : null;
  if (!a) notFound();
  // A conference report's news stream item: the report's own page is the item.
  if (a.linkPath) permanentRedirect(a.linkPath);
  const s = await getCachedSiteSettings();
  return (
    <main className="mx-auto max-w-3xl px-6 py-8 font-serif">
      <p className="text-sm uppercase">{s.departmentName}</p>
      <h1 className="mt-4 text-2xl font-bold">{a.title}</h1>
      <p className="mt-1 text-sm">{formatDateTime(a.publishedAt)}</p>
      {a.isSample ? <p className="mt-1 text-sm font-bold">Bài viết mẫu – nội dung minh họa, không phải tin thật</p> : null}
      <p className="mt-4 font-bold">{a.sapo}</p>
      <div className="prose-vn" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      <p className="mt-6 text-right font-bold">{a.author}</p>
      {a.source ? <p className="text-right text-sm">Nguồn: {a.source}</p> : null}
      <p className="mt-6 border-t pt-2 text-xs">
        Địa chỉ bài viết: {siteUrl()}/news/{a.slug}
      </p>
      <p className="no-print mt-4 text-sm">
        <a href={`/news/${a.slug}`}>‹ Quay lại bài viết</a>
      </p>
    </main>
  );
}
