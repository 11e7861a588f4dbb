// /admin/media: the media library. Upload form on top, then every stored image newest first, as a grid of
// thumbnails with alt text, caption, credit, size and how many articles use it; each links to its page
// for editing the texts or deleting.
import type { Metadata } from "next";
import { Pagination } from "@/app/_components/ui/pagination";
import { requirePage } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { formatDate } from "@/lib/time";
import { listMedia } from "@/lib/media/queries";
import { formatBytes } from "@/lib/uploads/messages";
import { pageParam } from "@/lib/news/validation";
import { Flash } from "@/app/_components/form";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Thư viện ảnh" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MediaLibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("media.manage");
  const sp = await searchParams;
  const uploadedId = typeof sp["tai-len"] === "string" ? sp["tai-len"] : undefined;
  const deleted = sp["da-xoa"] !== undefined;
  const { items, total, page, pageCount } = await listMedia(actor, { page: pageParam.parse(sp.page) });

  return (
    <>
      <h1 className="text-2xl font-bold">Thư viện ảnh</h1>
      <p className="mt-1 text-muted">
        Ảnh dùng trong tin bài. Mỗi ảnh cần mô tả (alt) cho người dùng trình đọc màn hình; chú thích và nguồn ảnh hiện dưới ảnh.
      </p>
      <div className="mt-4">
        <Flash testId="media-flash" message={uploadedId ? "Đã tải ảnh lên thư viện." : deleted ? "Đã xóa ảnh khỏi thư viện." : undefined} />
      </div>

      <section aria-labelledby="upload-heading" className="mt-4 rounded border border-gray-300 p-4">
        <h2 id="upload-heading" className="text-lg font-bold">
          Tải ảnh mới
        </h2>
        {/* A new key after each upload: the form starts empty again. */}
        <div className="mt-3">
          <UploadForm key={uploadedId ?? "new"} />
        </div>
      </section>

      <section aria-labelledby="library-heading" className="mt-8">
        <h2 id="library-heading" className="text-lg font-bold">
          Ảnh trong thư viện ({formatNumber(total)})
        </h2>
        {items.length === 0 ? (
          <p className="mt-3 text-muted">Thư viện chưa có ảnh nào.</p>
        ) : (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="media-grid">
            {items.map((m) => (
              <li
                key={m.id}
                data-testid="media-item"
                data-media-id={m.id}
                className={`flex flex-col rounded border p-3 ${m.id === uploadedId ? "border-brand ring-2 ring-brand" : "border-gray-300"}`}
              >
                <a href={`/media/${m.id}`} className="block bg-gray-100">
                  {/* The stored file itself: never resized, so width/height keep the layout steady while it loads. */}
                  <img
                    src={`/media/${m.id}`}
                    alt={m.altText}
                    width={m.width ?? undefined}
                    height={m.height ?? undefined}
                    loading="lazy"
                    decoding="async"
                    className="mx-auto h-40 w-full object-contain"
                  />
                </a>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 text-sm">
                  <dt className="font-semibold">Alt</dt>
                  <dd data-testid="media-alt">{m.altText}</dd>
                  <dt className="font-semibold">Chú thích</dt>
                  <dd data-testid="media-caption">{m.caption || <span className="text-muted">(không có)</span>}</dd>
                  <dt className="font-semibold">Nguồn</dt>
                  <dd data-testid="media-credit">{m.credit || <span className="text-muted">(không có)</span>}</dd>
                  <dt className="font-semibold">Tệp</dt>
                  <dd className="break-all">
                    {m.filename} · {m.mimeType.replace("image/", "").toUpperCase()} · {formatBytes(m.byteSize)}
                    {m.width && m.height ? ` · ${m.width}×${m.height}` : ""}
                  </dd>
                  <dt className="font-semibold">Ngày</dt>
                  <dd>{formatDate(m.createdAt)}</dd>
                  <dt className="font-semibold">Đang dùng</dt>
                  <dd>{m.usageCount ? `${formatNumber(m.usageCount)} tin bài` : "chưa dùng"}</dd>
                </dl>
                {m.isPlaceholder ? <p className="mt-1 text-xs font-semibold text-amber-900">Ảnh thay thế (dữ liệu mẫu)</p> : null}
                <p className="mt-auto pt-2">
                  <a href={`/admin/media/${m.id}`} className="font-semibold">
                    Sửa mô tả hoặc xóa<span className="sr-only">: {m.altText}</span>
                  </a>
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={pageCount} basePath="/admin/media" params={{}} />
      </section>
    </>
  );
}
