// /admin/services: every procedure (hidden ones too) with the catalogue's filters, search and visibility (a GET
// form: bookmarkable, works without JavaScript), thirty a page; links to add, import, fields and agencies.
import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { formatDate } from "@/lib/time";
import { listAdminProcedures, listCatalogueFacets } from "@/lib/services/queries";
import { adminServicesFilter, LEVEL_LABELS, LEVELS } from "@/lib/services/validation";
import { Pagination } from "@/app/_components/ui/pagination";
import { SelectField, SubmitButton, TextField } from "@/app/_components/form";
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { LevelBadge } from "@/app/_components/services/procedure-card";

export const metadata: Metadata = { title: "Dịch vụ công" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ServicesAdminPage({ searchParams }: Props) {
  const actor = await requirePage("services.manage");
  const filter = adminServicesFilter.parse(await searchParams);
  const [list, facets] = await Promise.all([listAdminProcedures(actor, filter), listCatalogueFacets()]);
  const filtered = !!(filter.q || filter.field || filter.level || filter.agency || filter.visibility);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Thủ tục hành chính</h1>
        <p className="flex flex-wrap gap-3">
          <a href="/admin/services/new" className="rounded bg-brand px-4 py-2 font-semibold text-white">
            Thêm thủ tục
          </a>
          {can(actor, "services.import") ? (
            <a href="/admin/services/import" className="rounded border border-brand px-4 py-2 font-semibold">
              Nhập từ tệp
            </a>
          ) : null}
          <a href="/admin/services/catalog" className="rounded border border-brand px-4 py-2 font-semibold">
            Lĩnh vực và cơ quan
          </a>
        </p>
      </div>

      <form method="get" action="/admin/services" className="mt-4 grid gap-3 rounded border border-gray-300 p-3 md:grid-cols-6" role="search" aria-label="Lọc thủ tục">
        <TextField name="q" id="loc-q" label="Tên hoặc mã" defaultValue={filter.q} maxLength={200} inputMode="search" className="md:col-span-2" compact />
        <SelectField name="field" id="loc-linh-vuc" label="Lĩnh vực" defaultValue={filter.field ?? ""} options={[{ value: "", label: "Tất cả" }, ...facets.fields.map((f) => ({ value: f.slug, label: f.name }))]} compact />
        <SelectField name="level" id="loc-muc-do" label="Mức độ" defaultValue={filter.level ? String(filter.level) : ""} options={[{ value: "", label: "Tất cả" }, ...LEVELS.map((l) => ({ value: String(l), label: LEVEL_LABELS[l] }))]} compact />
        <SelectField name="agency" id="loc-co-quan" label="Cơ quan" defaultValue={filter.agency ?? ""} options={[{ value: "", label: "Tất cả" }, ...facets.agencies.map((a) => ({ value: a.slug, label: a.name }))]} compact />
        <SelectField
          name="visibility"
          id="loc-hien-thi"
          label="Hiển thị"
          defaultValue={filter.visibility ?? ""}
          options={[
            { value: "", label: "Tất cả" },
            { value: "published", label: "Đang hiện" },
            { value: "hidden", label: "Đang ẩn" },
          ]}
          compact
        />
        <div className="flex items-end gap-3 md:col-span-6">
          <SubmitButton>Lọc</SubmitButton>
          {filtered ? <a href="/admin/services">Bỏ lọc</a> : null}
        </div>
      </form>

      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {formatNumber(list.total)} thủ tục
      </p>
      {list.items.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="procedure-table">
            <thead>
              <tr className="border-b-2 border-gray-400 text-left">
                <th scope="col" className="px-2 py-2">Tên thủ tục</th>
                <th scope="col" className="px-2 py-2">Mã</th>
                <th scope="col" className="px-2 py-2">Mức độ</th>
                <th scope="col" className="px-2 py-2">Lĩnh vực</th>
                <th scope="col" className="px-2 py-2">Hiển thị</th>
                <th scope="col" className="px-2 py-2">Cập nhật</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((p) => (
                <tr key={p.id} className="border-b border-gray-200 align-top">
                  <td className="px-2 py-2">
                    <a href={`/admin/services/${p.id}`} className="font-semibold">
                      {p.name}
                    </a>{" "}
                    {p.isSample ? <SampleBadge data /> : null}
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap">{p.code}</td>
                  <td className="px-2 py-2">
                    <LevelBadge level={p.level} />
                  </td>
                  <td className="px-2 py-2">{p.fieldName}</td>
                  <td className="px-2 py-2">{p.published ? "Đang hiện" : <strong className="text-accent">Đang ẩn</strong>}</td>
                  <td className="px-2 py-2 whitespace-nowrap">{formatDate(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2">Không có thủ tục nào.</p>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath="/admin/services"
        params={{ q: filter.q || undefined, field: filter.field, level: filter.level ? String(filter.level) : undefined, agency: filter.agency, visibility: filter.visibility }}
      />
    </>
  );
}
