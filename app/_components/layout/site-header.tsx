// Public header: department name from settings, main navigation and a search form that works without JS.

const NAV = [
  { href: "/", label: "Trang chủ" },
  { href: "/news", label: "Tin tức" },
  { href: "/conferences", label: "Hội nghị" },
  { href: "/services", label: "Dịch vụ công" },
  { href: "/awards", label: "Thi đua – Khen thưởng" },
  { href: "/search", label: "Tìm kiếm" },
];

export function SiteHeader({ departmentName, parentAuthority }: { departmentName: string; parentAuthority: string }) {
  return (
    <header className="no-print border-b-4 border-accent bg-brand text-white">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4 md:flex-row md:items-center md:justify-between">
        <a href="/" className="text-white no-underline hover:no-underline">
          <span className="block text-xs uppercase tracking-wide text-blue-100">{parentAuthority}</span>
          <span className="block text-lg font-bold uppercase leading-tight md:text-xl">{departmentName}</span>
        </a>
        <form action="/search" method="get" role="search" className="flex w-full max-w-sm">
          <label htmlFor="header-q" className="sr-only">
            Tìm kiếm
          </label>
          <input
            id="header-q"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Tìm tin tức, thủ tục…"
            className="min-w-0 flex-1 rounded-l border-0 px-3 py-2 text-ink"
          />
          <button type="submit" className="rounded-r bg-brand-dark px-4 py-2 font-semibold text-white">
            Tìm
          </button>
        </form>
      </div>
      <nav aria-label="Điều hướng chính" className="bg-brand-dark">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
          {NAV.map((n) => (
            <li key={n.href}>
              <a href={n.href} className="block px-3 py-2 text-sm font-semibold text-white">
                {n.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
