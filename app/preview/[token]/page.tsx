// /preview/<articleId>.<expiresUnix>.<mac>: a draft shown without signing in, for whoever holds a signed
// link (lib/newsroom/preview-token.ts), until it expires. Never cached, never indexed, no referrer sent;
// a changed or expired link gets the ordinary Vietnamese 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/app/_components/layout/site-footer";
import { SiteHeader } from "@/app/_components/layout/site-header";
import { getCachedSiteSettings } from "@/lib/settings/cached";
import { formatDateTime } from "@/lib/time";
import { getArticlePreviewByToken } from "@/lib/newsroom/queries";
import { ArticlePreview } from "@/app/(admin)/admin/news/_components/article-preview";

// Rendered per request (the token's expiry is checked each time); Next then sends Cache-Control: no-store.
export const dynamic = "force-dynamic";
export const revalidate = 0;

export const metadata: Metadata = {
  title: "Xem trước bài viết",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export default async function PublicPreviewPage({ params }: { params: Promise<{ token: string }> }) {
  // Only [A-Za-z0-9._-] can be valid, so the raw segment is checked as it is (no decoding that could throw).
  const token = (await params).token;
  const a = await getArticlePreviewByToken(token);
  if (!a) notFound();
  const expires = new Date(Number(token.split(".")[1]) * 1000);
  const s = await getCachedSiteSettings();
  return (
    <>
      <SiteHeader departmentName={s.departmentName} parentAuthority={s.parentAuthority} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6" tabIndex={-1}>
        <ArticlePreview a={a} note={<p>Liên kết xem trước này hết hạn lúc {formatDateTime(expires)}.</p>} />
      </main>
      <SiteFooter s={s} />
    </>
  );
}
