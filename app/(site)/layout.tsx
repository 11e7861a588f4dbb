// Citizen-facing layout: header, main landmark, footer. No session is read here.
import { SiteHeader } from "@/app/_components/layout/site-header";
import { SiteFooter } from "@/app/_components/layout/site-footer";
import { getCachedSiteSettings } from "@/lib/settings/cached";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const s = await getCachedSiteSettings();
  return (
    <>
      <SiteHeader departmentName={s.departmentName} parentAuthority={s.parentAuthority} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter s={s} />
    </>
  );
}
