// News list (served at /news?category=&page= through rewrites in next.config.js): all published articles or
// one category, newest first, ten a page. An ISR route: each (category, page) is rendered once and cached.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/app/_components/ui/article-card";
import { Pagination } from "@/app/_components/ui/pagination";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { listCategories, listPublishedArticles } from "@/lib/news/queries";
import { categoryParam, pageParam } from "@/lib/news/validation";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return []; // rendered on first request, never at build time (the build must not open the database)
}

type Props = { params: Promise<{ category: string; page: string }> };

async function resolve(params: Props["params"]) {
  const p = await params;
  const slug = p.category === "all" ? undefined : categoryParam.parse(p.category);
  const cats = await listCategories();
  const cat = slug ? cats.find((c) => c.slug === slug) : undefined;
  return { cats, cat, unknown: p.category !== "all" && !cat, page: pageParam.parse(p.page) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cat } = await resolve(params);
  const canonical = cat ? `/news?category=${cat.slug}` : "/news";
  return {
    title: cat ? cat.name : "Tin tức",
    alternates: { canonical, types: { "application/rss+xml": cat ? `/feed.xml?category=${cat.slug}` : "/feed.xml" } },
  };
}

export default async function NewsListPage({ params }: Props) {
  const { cats, cat, unknown, page } = await resolve(params);
  if (unknown) notFound();
  const list = await listPublishedArticles({ categorySlug: cat?.slug, page });
  return (
    <>
      <Breadcrumb items={[{ href: "/", label: "Trang chủ" }, ...(cat ? [{ href: "/news", label: "Tin tức" }, { label: cat.name }] : [{ label: "Tin tức" }])]} />
      <h1 className="text-2xl font-bold">{cat ? cat.name : "Tin tức"}</h1>
      {cat?.description ? <p className="mt-1 text-muted">{cat.description}</p> : null}
      <nav aria-label="Chuyên mục" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <a href="/news" aria-current={!cat ? "page" : undefined} className={`block rounded-full border px-3 py-1 ${!cat ? "border-brand bg-brand text-white" : ""}`}>
              Tất cả
            </a>
          </li>
          {cats.map((c) => (
            <li key={c.slug}>
              <a
                href={`/news?category=${c.slug}`}
                aria-current={cat?.slug === c.slug ? "page" : undefined}
                className={`block rounded-full border px-3 py-1 ${cat?.slug === c.slug ? "border-brand bg-brand text-white" : ""}`}
              >
                {c.name}
              </a>
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
