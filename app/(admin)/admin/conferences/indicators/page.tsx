// /admin/conferences/indicators: the managed list of indicators (code, name, unit) that report rows refer to,
// so the same indicator across reports is one series. An indicator some row uses cannot be deleted.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { listIndicators } from "@/lib/conferences/queries";
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { CreateIndicatorForm, DeleteIndicatorForm, EditIndicatorForm } from "./indicator-forms";

export const metadata: Metadata = { title: "Danh mục chỉ tiêu" };

export default async function IndicatorsPage() {
  const actor = await requirePage("indicators.manage");
  const list = await listIndicators(actor);
  return (
    <>
      <Breadcrumb items={[{ href: "/admin", label: "Quản trị" }, { href: "/admin/conferences", label: "Hội nghị" }, { label: "Danh mục chỉ tiêu" }]} />
      <h1 className="text-2xl font-bold">Danh mục chỉ tiêu</h1>
      <section className="mt-4 rounded border border-gray-300 p-3" aria-labelledby="them-chi-tieu">
        <h2 id="them-chi-tieu" className="font-bold">
          Thêm chỉ tiêu
        </h2>
        <CreateIndicatorForm />
      </section>
      <ul className="mt-6 space-y-4" data-testid="indicator-list">
        {list.map((i) => (
          <li key={i.id} className="rounded border border-gray-200 p-3">
            <p className="font-semibold">
              {i.name} <span className="font-normal text-muted">({i.code}{i.unit ? `, ${i.unit}` : ""}) · {i.rowCount} dòng số liệu</span>
            </p>
            <EditIndicatorForm indicator={i} />
            {i.rowCount === 0 ? <DeleteIndicatorForm id={i.id} name={i.name} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
