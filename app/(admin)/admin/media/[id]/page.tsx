// /admin/media/[id]: one library image: preview, the articles using it, its texts to edit, and delete
// (refused while any article's body or cover uses it).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/time";
import { getMediaDetail } from "@/lib/media/queries";
import { formatBytes } from "@/lib/uploads/messages";
import { Flash } from "@/app/_components/form";
import { DeleteMediaForm, MediaTextForm } from "./edit-form";

export const metadata: Metadata = { title: "Sửa ảnh" };

const STATUS_LABELS: Record<string, string> = {
  draft: "bản nháp",
  in_review: "chờ duyệt",
  published: "đã đăng",
  unpublished: "đã gỡ",
  scheduled: "hẹn giờ đăng",
};

export default async function MediaItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("media.manage");
  const item = await getMediaDetail(actor, (await params).id);
  if (!item) notFound();
  const saved = (await searchParams)["da-luu"];

  return (
    <>
      <p className="text-sm">
        <a href="/admin/media">‹ Thư viện ảnh</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Sửa ảnh</h1>
      <div className="mt-4">
        <Flash testId="media-flash" message={saved !== undefined ? "Đã lưu mô tả ảnh." : undefined} />
      </div>
      <div className="mt-2 grid gap-6 md:grid-cols-2">
        <div>
          <img
            src={`/media/${item.id}`}
            alt={item.altText}
            width={item.width ?? undefined}
            height={item.height ?? undefined}
            className="h-auto max-h-[28rem] w-full bg-gray-100 object-contain"
          />
          <p className="mt-2 break-all text-sm text-muted">
            {item.filename} · {item.mimeType} · {formatBytes(item.byteSize)}
            {item.width && item.height ? ` · ${item.width}×${item.height} điểm ảnh` : ""} · tải lên {formatDateTime(item.createdAt)}
          </p>
          <p className="mt-1 break-all text-sm">
            Địa chỉ ảnh: <code>/media/{item.id}</code>
          </p>
        </div>
        <section aria-labelledby="text-heading">
          <h2 id="text-heading" className="text-lg font-bold">
            Mô tả, chú thích, nguồn
          </h2>
          <p className="text-sm text-muted">Chú thích đã chèn trong bài viết không tự đổi theo; ảnh đại diện của bài dùng mô tả mới.</p>
          <div className="mt-3">
            {/* A new key after each save (the redirect carries a fresh token): the form shows the saved texts,
                not the values of an earlier failed attempt. */}
            <MediaTextForm key={String(saved ?? "")} id={item.id} altText={item.altText} caption={item.caption} credit={item.credit} />
          </div>
        </section>
      </div>

      <section aria-labelledby="usage-heading" className="mt-8">
        <h2 id="usage-heading" className="text-lg font-bold">
          Tin bài đang dùng ảnh này
        </h2>
        {item.usage.length ? (
          <ul className="mt-2 list-disc pl-6" data-testid="media-usage">
            {item.usage.map((a) => (
              <li key={a.id}>
                <a href={`/admin/news/${a.id}`}>{a.title}</a> ({STATUS_LABELS[a.status] ?? a.status})
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">Chưa có tin bài nào dùng ảnh này.</p>
        )}
      </section>

      <section aria-labelledby="delete-heading" className="mt-8 rounded border border-accent/40 p-4">
        <h2 id="delete-heading" className="text-lg font-bold">
          Xóa ảnh
        </h2>
        <p className="mt-1 text-sm text-muted">
          {item.usage.length
            ? "Ảnh đang được dùng nên chưa thể xóa: hãy gỡ ảnh khỏi các bài trên trước."
            : "Xóa vĩnh viễn ảnh khỏi thư viện. Không thể hoàn tác."}
        </p>
        <div className="mt-3">
          <DeleteMediaForm id={item.id} inUse={item.usage.length > 0} />
        </div>
      </section>
    </>
  );
}
