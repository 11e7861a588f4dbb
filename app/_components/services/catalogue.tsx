// The public catalogue page (/services): the filter form (a plain GET form: bookmarkable, works without
// JavaScript), the results and plain-link pagination. Rendered by the cached filter route and by the per-request
// search route alike, so both show the same page.
import { Breadcrumb } from "@/app/_components/ui/breadcrumb";
import { Pagination } from "@/app/_components/ui/pagination";
import { SelectField, SubmitButton, TextField } from "@/app/_components/form";
import { formatNumber } from "@/lib/format";
import type { FacetOption, Paged, ProcedureSummary } from "@/lib/services/queries";
import { catalogueHref, LEVEL_DESCRIPTIONS, LEVEL_LABELS, LEVELS, MAX_QUERY_LENGTH, type CatalogueQuery } from "@/lib/services/validation";
import { ProcedureCard } from "./procedure-card";

export function CataloguePage({ query, result, facets }: { query: CatalogueQuery; result: Paged<ProcedureSummary>; facets: { fields: FacetOption[]; agencies: FacetOption[] } }) {
  const field = facets.fields.find((f) => f.slug === query.field);
  const agency = facets.agencies.find((a) => a.slug === query.agency);
  const filtered = !!(query.q || query.field || query.level || query.agency);
  return (
    <>
      <Breadcrumb items={[{ href: "/", label: "Trang chủ" }, { label: "Dịch vụ công" }]} />
      <h1 className="text-2xl font-bold">Thủ tục hành chính và dịch vụ công trực tuyến</h1>
      <p className="mt-1 max-w-3xl text-muted">
        Tra cứu thủ tục theo lĩnh vực, mức độ và cơ quan thực hiện; tải mẫu đơn, tờ khai; thủ tục mức độ 3 (một phần) nộp hồ sơ trực tuyến được.
      </p>

      <form method="get" action="/services" role="search" aria-label="Tìm thủ tục" className="mt-4 grid gap-3 rounded border border-gray-300 p-3 md:grid-cols-4" data-testid="catalogue-filters">
        <TextField
          name="q"
          id="tim-thu-tuc"
          label="Tên hoặc mã thủ tục"
          defaultValue={query.q}
          maxLength={MAX_QUERY_LENGTH}
          inputMode="search"
          placeholder="Ví dụ: cap giay phep hoat dong in"
          hint="Có dấu hoặc không dấu đều được."
          className="md:col-span-4"
          compact
        />
        <SelectField
          name="field"
          id="loc-linh-vuc"
          label="Lĩnh vực"
          defaultValue={query.field ?? ""}
          options={[{ value: "", label: "Tất cả lĩnh vực" }, ...facets.fields.map((f) => ({ value: f.slug, label: f.name }))]}
          compact
        />
        <SelectField
          name="level"
          id="loc-muc-do"
          label="Mức độ"
          defaultValue={query.level ? String(query.level) : ""}
          options={[{ value: "", label: "Tất cả mức độ" }, ...LEVELS.map((l) => ({ value: String(l), label: LEVEL_LABELS[l] }))]}
          compact
        />
        <SelectField
          name="agency"
          id="loc-co-quan"
          label="Cơ quan thực hiện"
          defaultValue={query.agency ?? ""}
          options={[{ value: "", label: "Tất cả cơ quan" }, ...facets.agencies.map((a) => ({ value: a.slug, label: a.name }))]}
          compact
        />
        <div className="flex items-end gap-3">
          <SubmitButton>Tìm thủ tục</SubmitButton>
          {filtered ? <a href="/services">Bỏ lọc</a> : null}
        </div>
      </form>

      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-semibold text-brand">Các mức độ dịch vụ công là gì?</summary>
        <dl className="mt-2 space-y-1">
          {LEVELS.map((l) => (
            <div key={l}>
              <dt className="inline font-semibold">{LEVEL_LABELS[l]}: </dt>
              <dd className="inline">{LEVEL_DESCRIPTIONS[l]}</dd>
            </div>
          ))}
        </dl>
      </details>

      <div className="mt-4" aria-live="polite">
        <p className="text-sm text-muted" data-testid="catalogue-count">
          {result.total === 0
            ? query.q
              ? `Không tìm thấy thủ tục nào cho “${query.q}”.`
              : "Không có thủ tục nào khớp bộ lọc."
            : `${formatNumber(result.total)} thủ tục${query.q ? ` cho “${query.q}”` : ""}${field ? ` · ${field.name}` : ""}${query.level ? ` · ${LEVEL_LABELS[query.level]}` : ""}${agency ? ` · ${agency.name}` : ""}`}
        </p>
        {result.items.map((p) => (
          <ProcedureCard key={p.code} p={p} />
        ))}
      </div>
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        basePath="/services"
        params={{ q: query.q || undefined, field: query.field, level: query.level ? String(query.level) : undefined, agency: query.agency }}
      />
    </>
  );
}

export const catalogueCanonical = (q: CatalogueQuery) => catalogueHref({ ...q, q: "" });
