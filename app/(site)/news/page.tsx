// News list: all published articles or one category, newest first, ten a page.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/app/_components/ui/article-card";
import { Pagination } from "@/app/_components/ui/pagination";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { listCachedArticles, listCachedCategories } from "@/lib/news/cached";
import { categoryParam, pageParam } from "@/lib/news/validation";

// Rendered per request (query parameters); the build must never open the database.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const slug = categoryParam.parse(sp.category);
  const cats = await listCachedCategories();
  const cat = cats.find((c) => c.slug === slug);
  return {
    title: cat ? cat.name : "Tin tức",
    alternates: cat ? { types: { "application/rss+xml": `/feed.xml?category=${cat.slug}` } } : undefined,
  };
}

export default async function NewsListPage({ searchParams }: Props) {
  const sp = await searchParams;
  const page = pageParam.parse(sp.page);
  const slug = categoryParam.parse(sp.category);
  const cats = await listCachedCategories();
  const cat = slug ? cats.find((c) => c.slug === slug) : undefined;
  if (slug && !cat) notFound();
  const list = await listCachedArticles({ categorySlug: cat?.slug, page });
  return (
    <>
      <Breadcrumb items={[{ href: "/", label: "Trang chủ" }, ...(cat ? [{ href: "/news", label: "Tin tức" }, { label: cat.name }] : [{ label: "Tin tức" }])]} />
      <h1 className="text-2xl font-bold">{cat ? cat.name : "Tin tức"}</h1>
      {cat?.description ? <p className="mt-1 text-muted">{cat.description}</p> : null}
      <nav aria-label="Chuyên mục" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href="/news" aria-current={!cat ? "page" : undefined} className={`block rounded-full border px-3 py-1 ${!cat ? "border-brand bg-brand text-white" : ""}`}>
              Tất cả
            </Link>
          </li>
          {cats.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/news?category=${c.slug}`}
                aria-current={cat?.slug === c.slug ? "page" : undefined}
                className={`block rounded-full border px-3 py-1 ${cat?.slug === c.slug ? "border-brand bg-brand text-white" : ""}`}
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-4">
        {list.items.length ? list.items.map((a) => <ArticleCard key={a.slug} a={a} headingLevel={2} />) : <p>Chưa có tin bài trong chuyên mục này.</p>}
      </div>
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/news" params={{ category: cat?.slug }} />
      <p className="mt-4 text-sm">
        <a href={cat ? `/feed.xml?category=${cat.slug}` : "/feed.xml"}>Theo dõi qua RSS</a>
      </p>
    </>
  );
}
