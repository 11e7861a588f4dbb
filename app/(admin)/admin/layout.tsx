// Back-office layout: checks the session (redirects the signed-out), shows the navigation the role allows
// (only the account page while the session still has to change its password or enrol a second step).
// Pages and actions still check permissions and obligations themselves: a layout does not run for every request.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionState } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/validation";
import { signOutAction } from "@/app/(auth)/login/actions";

export const metadata: Metadata = { title: { default: "Quản trị", template: "%s | Quản trị" }, robots: { index: false, follow: false } };

const NAV = [
  { href: "/admin/news", label: "Tin bài", permission: "news.write" },
  { href: "/admin/conferences", label: "Hội nghị", permission: "conferences.write" },
  { href: "/admin/media", label: "Thư viện ảnh", permission: "media.manage" },
  { href: "/admin/categories", label: "Chuyên mục", permission: "categories.manage" },
  { href: "/admin/dossiers", label: "Hồ sơ trực tuyến", permission: "dossiers.process" },
  { href: "/admin/services", label: "Dịch vụ công", permission: "services.manage" },
  { href: "/admin/awards", label: "Khen thưởng", permission: "awards.manage" },
  { href: "/admin/users", label: "Người dùng", permission: "users.manage" },
  { href: "/admin/outbox", label: "Hộp thư đi", permission: "outbox.read" },
  { href: "/admin/holidays", label: "Ngày nghỉ lễ", permission: "holidays.manage" },
  { href: "/admin/audit", label: "Nhật ký", permission: "audit.read" },
  { href: "/admin/settings", label: "Cài đặt", permission: "settings.manage" },
  { href: "/admin/account", label: "Tài khoản", permission: "account.update" },
] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const state = await getSessionState();
  if (!state) redirect("/login");
  const { actor, obligation } = state;
  const nav = NAV.filter((n) => can(actor, n.permission) && (!obligation || n.href === "/admin/account"));
  return (
    <>
      <header className="border-b-4 border-accent bg-brand-dark text-white">
        <a href="#noi-dung" className="skip-link">
          Bỏ qua, đến nội dung chính
        </a>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <a href="/admin" className="font-bold text-white">
            Quản trị Cổng thông tin
          </a>
          <div className="flex items-center gap-3 text-sm">
            <span data-testid="current-user">
              {actor.name} ({ROLE_LABELS[actor.role]})
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-white px-3 py-1 font-semibold text-white">
                Đăng xuất
              </button>
            </form>
          </div>
        </div>
        <nav aria-label="Điều hướng quản trị" className="bg-brand">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
            {nav.map((n) => (
              <li key={n.href}>
                <a href={n.href} className="block px-3 py-2 text-sm font-semibold text-white">
                  {n.label}
                </a>
              </li>
            ))}
            <li>
              <a href="/" className="block px-3 py-2 text-sm text-white">
                Xem cổng ›
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
