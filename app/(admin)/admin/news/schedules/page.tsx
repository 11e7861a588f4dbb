// /admin/news/schedules: articles waiting for their publication time, and those the scheduler failed to
// publish (with its error and attempt count), so a failure is seen and acted on instead of lost. The error
// shown is always Vietnamese (scheduleErrorForStaff), never a database's own text.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/time";
import { listSchedules } from "@/lib/newsroom/queries";
import { scheduleErrorForStaff } from "@/lib/newsroom/schedule-error";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { Flash } from "@/app/_components/form";
import { StepButton } from "../_components/workflow-forms";
import { cancelScheduleAction, retryScheduleAction } from "./actions";

export const metadata: Metadata = { title: "Lịch đăng" };

const DONE: Record<string, string> = { retried: "Đã đăng bài.", cancelled: "Đã hủy hẹn giờ; bài trở về bản nháp." };

export default async function SchedulesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("news.write");
  const { pending, failed, maxAttempts } = await listSchedules(actor);
  const ok = (await searchParams).ok;
  const done = DONE[Array.isArray(ok) ? (ok[0] ?? "") : (ok ?? "")];
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/news", label: "Tin bài" }, { label: "Lịch đăng" }]} />
      <h1 className="text-2xl font-bold">Lịch đăng bài</h1>
      <p className="mt-1 text-muted">Máy chủ tự đăng bài hẹn giờ (kiểm tra mỗi 30 giây), kể cả khi không ai mở trang quản trị.</p>
      <Flash message={done} className="mt-3" />

      <section aria-labelledby="loi" className="mt-6">
        <h2 id="loi" className="text-xl font-bold text-accent">
          Đăng tự động bị lỗi ({failed.length})
        </h2>
        {failed.length ? (
          <ul className="mt-3 space-y-3" data-testid="failed-schedules">
            {failed.map((f) => (
              <li key={f.id} className="rounded border border-accent bg-red-50 p-3">
                <p>
                  <a href={`/admin/news/${f.id}`} className="font-semibold">
                    {f.title}
                  </a>{" "}
                  <span className="text-sm text-muted">({f.categoryName})</span>
                </p>
                <p className="text-sm">
                  Hẹn lúc {formatDateTime(f.scheduledAt)} · Đã thử {f.scheduleAttempts}/{maxAttempts} lần
                  {f.scheduleAttempts >= maxAttempts ? " (đã ngừng tự thử lại)" : ""}
                </p>
                <p className="mt-1 text-sm text-red-800">{scheduleErrorForStaff(f.scheduleError)}</p>
                <div className="mt-2 flex flex-wrap gap-3">
                  <StepButton action={retryScheduleAction} id={f.id} label="Thử đăng lại ngay" pendingText="Đang đăng…" />
                  <StepButton action={cancelScheduleAction} id={f.id} label="Hủy hẹn giờ" pendingText="Đang hủy…" variant="danger" />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">Không có lịch đăng nào bị lỗi.</p>
        )}
      </section>

      <section aria-labelledby="cho-dang" className="mt-8">
        <h2 id="cho-dang" className="text-xl font-bold">
          Đang chờ đến giờ đăng ({pending.length})
        </h2>
        {pending.length ? (
          <table className="mt-3 w-full border-collapse text-sm" data-testid="pending-schedules">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">
                  Giờ đăng
                </th>
                <th scope="col" className="px-2 py-2">
                  Tiêu đề
                </th>
                <th scope="col" className="px-2 py-2">
                  Duyệt
                </th>
                <th scope="col" className="px-2 py-2">
                  Thao tác
                </th>
              </tr>
            </thead>
            <tbody>
              {pending.map((p) => (
                <tr key={p.id} className="border-b border-gray-200 align-top">
                  <td className="px-2 py-2 whitespace-nowrap">{formatDateTime(p.scheduledAt)}</td>
                  <td className="px-2 py-2">
                    <a href={`/admin/news/${p.id}`}>{p.title}</a> <span className="text-muted">({p.categoryName})</span>
                  </td>
                  <td className="px-2 py-2">{p.approvedByName ?? (p.skipReviewReason ? `Không qua duyệt: ${p.skipReviewReason}` : "—")}</td>
                  <td className="px-2 py-2">
                    <StepButton action={cancelScheduleAction} id={p.id} label="Hủy hẹn giờ" pendingText="Đang hủy…" variant="secondary" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2">Không có bài nào đang chờ đăng.</p>
        )}
      </section>
    </>
  );
}
