// /admin/services/catalog: the catalogue's fields (lĩnh vực) and implementing agencies (cơ quan thực hiện):
// add, rename, reorder; an agency's code (the first part of its dossier codes) is editable here.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { formatNumber } from "@/lib/format";
import { listAgenciesForAdmin, listFieldsForAdmin } from "@/lib/services/queries";
import { Flash } from "@/app/_components/form";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { AgencyForm, FieldForm } from "./catalog-forms";

export const metadata: Metadata = { title: "Lĩnh vực và cơ quan" };

const FLASHES: Record<string, string> = {
  "da-them-linh-vuc": "Đã thêm lĩnh vực.",
  "da-luu-linh-vuc": "Đã lưu lĩnh vực.",
  "da-them-co-quan": "Đã thêm cơ quan.",
  "da-luu-co-quan": "Đã lưu cơ quan.",
};

export default async function CatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("services.manage");
  const sp = await searchParams;
  const [fields, agencies] = await Promise.all([listFieldsForAdmin(actor), listAgenciesForAdmin(actor)]);
  const flashKey = Object.keys(FLASHES).find((k) => sp[k] !== undefined);
  const t = Object.values(sp).join("");
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/services", label: "Dịch vụ công" }, { label: "Lĩnh vực và cơ quan" }]} />
      <h1 className="text-2xl font-bold">Lĩnh vực và cơ quan thực hiện</h1>
      <div className="mt-3">
        <Flash testId="catalog-flash" message={flashKey ? FLASHES[flashKey] : undefined} />
      </div>

      <section aria-labelledby="linh-vuc" className="mt-4">
        <h2 id="linh-vuc" className="text-lg font-bold">
          Lĩnh vực ({formatNumber(fields.length)})
        </h2>
        <ul className="mt-3 space-y-3">
          {fields.map((f) => (
            <li key={f.id} className="rounded border border-gray-300 p-3" data-testid="field-item">
              <p className="font-semibold">
                {f.name} <span className="font-normal text-muted">· {formatNumber(f.procedureCount)} thủ tục</span>
              </p>
              <details className="mt-1">
                <summary className="cursor-pointer text-brand">
                  Sửa<span className="sr-only"> lĩnh vực {f.name}</span>
                </summary>
                <div className="mt-2">
                  <FieldForm key={`${f.id}-${t}`} field={f} />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <div className="mt-4 rounded border border-gray-300 p-4">
          <h3 className="font-bold">Thêm lĩnh vực</h3>
          <div className="mt-2">
            <FieldForm key={`new-${t}`} />
          </div>
        </div>
      </section>

      <section aria-labelledby="co-quan" className="mt-8">
        <h2 id="co-quan" className="text-lg font-bold">
          Cơ quan thực hiện ({formatNumber(agencies.length)})
        </h2>
        <ul className="mt-3 space-y-3">
          {agencies.map((a) => (
            <li key={a.id} className="rounded border border-gray-300 p-3" data-testid="agency-item">
              <p className="font-semibold">
                {a.name}{" "}
                <span className="font-normal text-muted">
                  · mã {a.code}
                  {a.code.startsWith("TAM.") ? <strong className="text-accent"> (mã tạm, cần sửa)</strong> : null} · {formatNumber(a.procedureCount)} thủ tục
                </span>{" "}
                {a.isSample ? <SampleBadge data /> : null}
              </p>
              <details className="mt-1">
                <summary className="cursor-pointer text-brand">
                  Sửa<span className="sr-only"> cơ quan {a.name}</span>
                </summary>
                <div className="mt-2">
                  <AgencyForm key={`${a.id}-${t}`} agency={a} />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <div className="mt-4 rounded border border-gray-300 p-4">
          <h3 className="font-bold">Thêm cơ quan</h3>
          <div className="mt-2">
            <AgencyForm key={`new-${t}`} />
          </div>
        </div>
      </section>
    </>
  );
}
