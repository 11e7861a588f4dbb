// Admin home: what needs attention (articles waiting for review, failed schedules) and shortcuts.
import { requirePage } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/validation";
import { countAttention } from "@/lib/newsroom/queries";

export default async function AdminHome() {
  const actor = await requirePage("news.write");
  const attention = await countAttention(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Xin chào, {actor.name}</h1>
      <p className="mt-2 text-muted">Vai trò: {ROLE_LABELS[actor.role]}</p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <a href="/admin/news/new">Viết tin mới</a>
        </li>
        <li>
          <a href="/admin/news?status=in_review">Tin chờ duyệt</a> ({attention.inReview})
        </li>
        <li>
          <a href="/admin/news/schedules">Lịch đăng</a>
          {attention.failed ? <strong className="ml-1 text-red-800">– {attention.failed} lịch đăng lỗi</strong> : null}
        </li>
      </ul>
    </>
  );
}
