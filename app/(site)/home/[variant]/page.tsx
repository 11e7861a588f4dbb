// Home (served at "/" through a rewrite in next.config.js): the featured article, the latest news, the
// public-services block (search and the level-3 procedures) and a block per category. An ISR route: rendered
// on first request, cached until news is published or the catalogue changes.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/app/_components/ui/article-card";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { formatDate, isoDateTime } from "@/lib/time";
import { getHomeNews } from "@/lib/news/queries";
import { getHomeServices } from "@/lib/services/queries";
import { ServicesBlock } from "@/app/_components/services/services-block";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return []; // rendered on first request, never at build time (the build must not open the database)
}

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function HomePage({ params }: { params: Promise<{ variant: string }> }) {
  if ((await params).variant !== "main") notFound();
  const [{ featured, latest, byCategory }, services] = await Promise.all([getHomeNews(), getHomeServices()]);
  return (
    <>
      <h1 className="sr-only">Trang chủ</h1>
      <div className="grid gap-8 md:grid-cols-3">
        <section aria-labelledby="tin-noi-bat" className="md:col-span-2">
          <h2 id="tin-noi-bat" className="mb-3 border-b-2 border-brand pb-1 text-sm font-bold uppercase text-brand">
            Tin nổi bật
          </h2>
          {featured ? (
            <article>
              {featured.coverMediaId ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img
                  src={`/media/${featured.coverMediaId}`}
                  alt={featured.coverAlt ?? ""}
                  width={800}
                  height={450}
                  className="h-auto w-full bg-gray-100"
                  fetchPriority="high"
                />
              ) : null}
              <h3 className="mt-3 text-2xl font-bold leading-snug">
                <a href={featured.linkPath ?? `/news/${featured.slug}`}>{featured.title}</a>
              </h3>
              <p className="mt-1 flex gap-2 text-sm text-muted">
                <time dateTime={isoDateTime(featured.publishedAt)}>{formatDate(featured.publishedAt)}</time>
                <span aria-hidden="true">·</span>
                <span>{featured.categoryName}</span>
                {featured.isSample ? <SampleBadge /> : null}
              </p>
              <p className="mt-2">{featured.sapo}</p>
            </article>
          ) : (
            <p>Chưa có tin bài.</p>
          )}
        </section>
        <section aria-labelledby="tin-moi" className="md:col-span-1">
          <h2 id="tin-moi" className="mb-1 border-b-2 border-brand pb-1 text-sm font-bold uppercase text-brand">
            Tin mới
          </h2>
          {latest.map((a) => (
            <ArticleCard key={a.slug} a={a} showSapo={false} />
          ))}
          <p className="mt-3 text-sm">
            <a href="/news">Xem tất cả tin tức ›</a>
          </p>
        </section>
      </div>
      <ServicesBlock services={services} />
      <div className="mt-10 grid gap-8 md:grid-cols-2">
        {byCategory.map((c) => (
          <section key={c.slug} aria-labelledby={`cm-${c.slug}`}>
            <h2 id={`cm-${c.slug}`} className="mb-1 border-b-2 border-brand pb-1 text-sm font-bold uppercase">
              <a href={`/news?category=${c.slug}`}>{c.name}</a>
            </h2>
            {c.items.map((a) => (
              <ArticleCard key={a.slug} a={a} showSapo={false} />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
