// Public footer: the department's contacts, from the settings table.
import type { SiteSettings } from "@/db/schema";

export function SiteFooter({ s }: { s: Pick<SiteSettings, "departmentName" | "address" | "phone" | "fax" | "email" | "editorInChief" | "licence"> }) {
  return (
    <footer className="no-print mt-12 border-t-4 border-accent bg-brand-dark text-sm text-blue-50">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6">
        <p className="font-bold uppercase text-white">{s.departmentName}</p>
        <p>{s.address}</p>
        <p>
          Điện thoại: {s.phone}
          {s.fax ? ` · Fax: ${s.fax}` : ""} · Thư điện tử:{" "}
          <a className="text-white underline" href={`mailto:${s.email}`}>
            {s.email}
          </a>
        </p>
        {s.editorInChief ? <p>Chịu trách nhiệm chính: {s.editorInChief}</p> : null}
        {s.licence ? <p>{s.licence}</p> : null}
        <p>
          <a className="text-white underline" href="/feed.xml">
            Tin RSS
          </a>
        </p>
      </div>
    </footer>
  );
}
