// Article page. Rendered on first visit and then served from Next's full-route cache (ISR) until a publish
// or a vote revalidates it; the build renders none, so it never opens the database.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { ArticleCard } from "@/app/_components/ui/article-card";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { RatingForm } from "./rating-form";
import { formatDateTime, isoDateTime } from "@/lib/time";
import { getPublishedArticle, listRelatedArticles } from "@/lib/news/queries";
import { slugParam } from "@/lib/news/validation";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const loadArticle = cache(async (raw: string) => {
  const slug = slugParam.safeParse(raw);
  return slug.success ? getPublishedArticle(slug.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await loadArticle((await params).slug);
  if (!a) return { title: "Không tìm thấy trang" };
  return {
    title: a.title,
    description: a.sapo,
    alternates: { canonical: `/news/${a.slug}` },
    openGraph: {
      type: "article",
      title: a.title,
      description: a.sapo,
      url: `/news/${a.slug}`,
      locale: "vi_VN",
      publishedTime: isoDateTime(a.publishedAt),
      section: a.categoryName,
      images: a.coverMediaId ? [{ url: `/media/${a.coverMediaId}`, alt: a.coverAlt ?? "" }] : undefined,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const a = await loadArticle((await params).slug);
  if (!a) notFound();
  // A conference report's news stream item: the report's own page is the item.
  if (a.linkPath) permanentRedirect(a.linkPath);
  const related = await listRelatedArticles(a);
  return (
    <div className="grid gap-8 md:grid-cols-3">
      <article className="md:col-span-2" aria-labelledby="tieu-de">
        <Breadcrumb
          items={[
            { href: "/", label: "Trang chủ" },
            { href: "/news", label: "Tin tức" },
            { href: `/news?category=${a.categorySlug}`, label: a.categoryName },
          ]}
        />
        <h1 id="tieu-de" className="text-2xl font-bold leading-snug md:text-3xl">
          {a.title}
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
          <time dateTime={isoDateTime(a.publishedAt)}>{formatDateTime(a.publishedAt)}</time>
          <span aria-hidden="true">·</span>
          <span>{a.categoryName}</span>
          <span aria-hidden="true">·</span>
          <a className="no-print" href={`/news/${a.slug}/print`}>
            Bản in
          </a>
        </p>
        {a.isSample ? (
          <p className="mt-2">
            <SampleBadge long />
          </p>
        ) : null}
        <p className="mt-4 font-semibold">{a.sapo}</p>
        <div className="prose-vn" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
        <p className="mt-6 text-right font-bold">{a.author}</p>
        {a.source ? <p className="mt-1 text-right text-sm text-muted">Nguồn: {a.source}</p> : null}
        <RatingForm slug={a.slug} count={a.rating.count} average={a.rating.average} />
      </article>
      <aside className="no-print md:col-span-1" aria-labelledby="tin-lien-quan">
        <h2 id="tin-lien-quan" className="mb-1 border-b-2 border-brand pb-1 text-sm font-bold uppercase text-brand">
          Tin liên quan
        </h2>
        {related.length ? related.map((r) => <ArticleCard key={r.slug} a={r} showSapo={false} />) : <p className="text-sm">Chưa có tin liên quan.</p>}
        <p className="mt-3 text-sm">
          <a href={`/news?category=${a.categorySlug}`}>Thêm tin {a.categoryName} ›</a>
        </p>
      </aside>
    </div>
  );
}
