// One article in a list: title link, date, category and lead.
// Public pages use plain <a> links rather than next/link: no client-side prefetching of every visible
// link (server load on a small machine), smaller RSC payloads, and identical behaviour without JavaScript.
import { formatDate, isoDateTime } from "@/lib/time";
import { SampleBadge } from "./sample-badge";

export type CardArticle = {
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date | string;
  isSample: boolean;
  categoryName: string;
  categorySlug: string;
  /** A conference report in the news stream links to its own page. */
  linkPath?: string | null;
};

export function ArticleCard({ a, headingLevel = 3, showSapo = true }: { a: CardArticle; headingLevel?: 2 | 3; showSapo?: boolean }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-b border-gray-200 py-3">
      <H className="text-base font-bold leading-snug">
        <a href={a.linkPath ?? `/news/${a.slug}`}>{a.title}</a>
      </H>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
        <time dateTime={isoDateTime(a.publishedAt)}>{formatDate(a.publishedAt)}</time>
        <span aria-hidden="true">·</span>
        <span>{a.categoryName}</span>
        {a.isSample ? <SampleBadge /> : null}
      </p>
      {showSapo && a.sapo ? <p className="mt-1 text-sm text-ink">{a.sapo}</p> : null}
    </article>
  );
}
