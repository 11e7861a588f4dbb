// Conference reports list (served at /conferences?page= through rewrites in next.config.js): newest first,
// ten a page. An ISR route: each page is rendered once and cached until a publish revalidates it.
import type { Metadata } from "next";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { Pagination } from "@/app/_components/ui/pagination";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { listPublishedConferences } from "@/lib/conferences/queries";
import { conferencePageParam } from "@/lib/conferences/validation";

export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: "Hội nghị", alternates: { canonical: "/conferences" } };

type Props = { params: Promise<{ page: string }> };

const vnDate = (iso: string) => iso.split("-").reverse().join("/");

export default async function ConferencesPage({ params }: Props) {
  const list = await listPublishedConferences({ page: conferencePageParam.parse((await params).page) });
  return (
    <>
      <Breadcrumb items={[{ href: "/", label: "Trang chủ" }, { label: "Hội nghị" }]} />
      <h1 className="text-2xl font-bold">Báo cáo hội nghị</h1>
      <div className="mt-4">
        {list.items.length ? (
          list.items.map((c) => (
            <article key={c.slug} className="border-b border-gray-200 py-3">
              <h2 className="text-base font-bold leading-snug">
                <a href={`/conferences/${c.slug}`}>{c.title}</a>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
                <time dateTime={c.heldOn}>{vnDate(c.heldOn)}</time>
                {c.place ? (
                  <>
                    <span aria-hidden="true">·</span>
                    <span>{c.place}</span>
                  </>
                ) : null}
                {c.isSample ? <SampleBadge /> : null}
              </p>
              {c.summary ? <p className="mt-1 text-sm">{c.summary.split("\n")[0]}</p> : null}
            </article>
          ))
        ) : (
          <p>Chưa có báo cáo hội nghị nào.</p>
        )}
      </div>
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/conferences" params={{}} />
    </>
  );
}
