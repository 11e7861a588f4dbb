// A draft rendered as citizens will see it on /news/[slug] (same markup and styles), under a banner that
// says it is a preview. Used by the signed-in preview and by the public preview link.
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { formatDateTime, isoDateTime } from "@/lib/time";
import type { ArticlePreview as Preview } from "@/lib/newsroom/queries";
import { STATUS_LABELS } from "@/lib/newsroom/validation";

export function ArticlePreview({ a, note }: { a: Preview; note?: React.ReactNode }) {
  // Not yet published: show the time it is scheduled for, else now, as the page would on publishing.
  const shownAt = a.publishedAt ?? a.scheduledAt ?? new Date();
  return (
    <>
      <div role="note" className="mb-4 rounded border-2 border-dashed border-amber-700 bg-amber-50 px-4 py-3 text-amber-950" data-testid="preview-banner">
        <p className="font-bold">Bản xem trước – trạng thái: {STATUS_LABELS[a.status]}. Bài viết này chưa chắc đã được đăng.</p>
        {note ? <div className="mt-1 text-sm">{note}</div> : null}
      </div>
      <div className="grid gap-8 md:grid-cols-3">
        <article className="md:col-span-2" aria-labelledby="tieu-de">
          <Breadcrumb items={[{ label: "Trang chủ" }, { label: "Tin tức" }, { label: a.categoryName }]} />
          <h1 id="tieu-de" className="text-2xl font-bold leading-snug md:text-3xl">
            {a.title}
          </h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
            <time dateTime={isoDateTime(shownAt)}>{formatDateTime(shownAt)}</time>
            <span aria-hidden="true">·</span>
            <span>{a.categoryName}</span>
          </p>
          {a.isSample ? (
            <p className="mt-2">
              <SampleBadge long />
            </p>
          ) : null}
          <p className="mt-4 font-semibold">{a.sapo}</p>
          {/* Stored HTML was sanitised on save (lib/newsroom/mutations.ts). */}
          <div className="prose-vn" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
          <p className="mt-6 text-right font-bold">{a.author}</p>
          {a.source ? <p className="mt-1 text-right text-sm text-muted">Nguồn: {a.source}</p> : null}
        </article>
        <aside className="md:col-span-1 text-sm text-muted">
          {a.coverMediaId ? (
            <figure>
              <img src={`/media/${a.coverMediaId}`} alt={a.coverAlt ?? ""} className="h-auto w-full bg-gray-100" />
              <figcaption className="mt-1">Ảnh đại diện</figcaption>
            </figure>
          ) : (
            <p>Chưa chọn ảnh đại diện.</p>
          )}
        </aside>
      </div>
    </>
  );
}
