// /preview/<token>: a draft shown without signing in, for whoever holds a live preview link (stored and
// revocable: lib/newsroom/preview-links.ts). Never cached, never indexed, no referrer sent; an unknown,
// revoked, expired or otherwise dead link gets the ordinary Vietnamese 404, telling a guesser nothing.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/app/_components/layout/site-footer";
import { SiteHeader } from "@/app/_components/layout/site-header";
import { getCachedSiteSettings } from "@/lib/settings/cached";
import { formatDateTime } from "@/lib/time";
import { getArticlePreviewByToken } from "@/lib/newsroom/queries";
import { ArticlePreview } from "@/app/(admin)/admin/news/_components/article-preview";

// Rendered per request (the link's state is checked each time); Next then sends Cache-Control: no-store.
export const dynamic = "force-dynamic";
export const revalidate = 0;

export const metadata: Metadata = {
  title: "Xem trước bài viết",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export default async function PublicPreviewPage({ params }: { params: Promise<{ token: string }> }) {
  // Only [A-Za-z0-9_-] can be valid, so the raw segment is checked as it is (no decoding that could throw).
  const found = await getArticlePreviewByToken((await params).token);
  if (!found) notFound();
  const { preview: a, expiresAt } = found;
  const s = await getCachedSiteSettings();
  return (
    <>
      <SiteHeader departmentName={s.departmentName} parentAuthority={s.parentAuthority} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6" tabIndex={-1}>
        <ArticlePreview a={a} note={<p>Liên kết xem trước này hết hạn lúc {formatDateTime(expiresAt)}.</p>} />
      </main>
      <SiteFooter s={s} />
    </>
  );
}
