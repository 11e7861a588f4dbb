// Admin home: what needs attention (articles waiting for review, failed schedules, dossiers new, overdue or
// due this week), shortcuts, and for
// administrators the accounts and addresses with repeated failed sign-ins in the last 24 hours.
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/validation";
import { countDossierAttention } from "@/lib/dossiers/queries";
import { formatNumber } from "@/lib/format";
import { countAttention } from "@/lib/newsroom/queries";
import { formatDateTime } from "@/lib/time";
import { listRepeatedSignInFailures, REPEATED_FAILURES, type RepeatedFailures } from "@/lib/users/queries";

export default async function AdminHome() {
  const actor = await requirePage("news.write");
  const [attention, failures, dossiers] = await Promise.all([
    countAttention(actor),
    can(actor, "users.manage") ? listRepeatedSignInFailures(actor) : null,
    can(actor, "dossiers.process") ? countDossierAttention(actor) : null,
  ]);
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
      {dossiers ? (
        <section aria-labelledby="ho-so-can-xu-ly" className="mt-8" data-testid="dossier-attention">
          <h2 id="ho-so-can-xu-ly" className="text-xl font-bold">
            Hồ sơ trực tuyến
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            <li>
              <a href="/admin/dossiers?status=submitted">Mới đăng ký, chờ tiếp nhận</a>: <span data-testid="dossiers-submitted">{formatNumber(dossiers.submitted)}</span>
            </li>
            <li>
              <a href="/admin/dossiers?overdue=1">Quá hạn</a>:{" "}
              <span data-testid="dossiers-overdue" className={dossiers.overdue ? "font-bold text-red-800" : undefined}>
                {formatNumber(dossiers.overdue)}
              </span>
            </li>
            <li>
              <a href="/admin/dossiers?week=1">Đến hạn trong 7 ngày</a>: <span data-testid="dossiers-due-week">{formatNumber(dossiers.dueThisWeek)}</span>
            </li>
            <li>
              <a href="/admin/dossiers">Đang giải quyết</a>: <span data-testid="dossiers-open">{formatNumber(dossiers.open)}</span>
            </li>
          </ul>
        </section>
      ) : null}
      {failures ? <RepeatedFailuresBlock failures={failures} /> : null}
    </>
  );
}

function RepeatedFailuresBlock({ failures }: { failures: RepeatedFailures }) {
  const none = !failures.accounts.length && !failures.addresses.length;
  return (
    <section aria-labelledby="dang-nhap-sai" className="mt-8" data-testid="repeated-failures">
      <h2 id="dang-nhap-sai" className="text-xl font-bold">
        Đăng nhập sai nhiều lần (24 giờ qua)
      </h2>
      <p className="mt-2 text-muted">
        Tài khoản và địa chỉ có từ {REPEATED_FAILURES} lần đăng nhập sai trở lên. Mỗi cặp (tài khoản, địa chỉ) bị tạm khóa 15 phút sau 5 lần
        sai; tài khoản vẫn đăng nhập được từ nơi khác.
      </p>
      {none ? (
        <p className="mt-2">Không có.</p>
      ) : (
        <div className="mt-4 grid gap-6 lg:grid-cols-2">
          {failures.accounts.length ? (
            <table className="w-full border-collapse text-sm">
              <caption className="text-left font-semibold">Theo tài khoản</caption>
              <thead>
                <tr className="border-b-2 border-gray-400 text-left">
                  <th scope="col" className="px-2 py-1">Email đã nhập</th>
                  <th scope="col" className="px-2 py-1">Lần sai</th>
                  <th scope="col" className="px-2 py-1">Số địa chỉ</th>
                  <th scope="col" className="px-2 py-1">Gần nhất</th>
                </tr>
              </thead>
              <tbody>
                {failures.accounts.map((a) => (
                  <tr key={a.email} className="border-b border-gray-200" data-testid="failed-account">
                    <th scope="row" className="px-2 py-1 text-left font-normal break-all">
                      {a.email}
                      {a.known ? null : <span className="ml-1 text-xs text-muted">(không có tài khoản này)</span>}
                    </th>
                    <td className="px-2 py-1">{a.failures}</td>
                    <td className="px-2 py-1">{a.addresses}</td>
                    <td className="px-2 py-1">{formatDateTime(a.lastAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {failures.addresses.length ? (
            <table className="w-full border-collapse text-sm">
              <caption className="text-left font-semibold">Theo địa chỉ</caption>
              <thead>
                <tr className="border-b-2 border-gray-400 text-left">
                  <th scope="col" className="px-2 py-1">Địa chỉ</th>
                  <th scope="col" className="px-2 py-1">Lần sai</th>
                  <th scope="col" className="px-2 py-1">Số tài khoản</th>
                  <th scope="col" className="px-2 py-1">Gần nhất</th>
                </tr>
              </thead>
              <tbody>
                {failures.addresses.map((a) => (
                  <tr key={a.address} className="border-b border-gray-200" data-testid="failed-address">
                    <th scope="row" className="px-2 py-1 text-left font-normal break-all">
                      {a.address}
                    </th>
                    <td className="px-2 py-1">{a.failures}</td>
                    <td className="px-2 py-1">{a.accounts}</td>
                    <td className="px-2 py-1">{formatDateTime(a.lastAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      )}
    </section>
  );
}
