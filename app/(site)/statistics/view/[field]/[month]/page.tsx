// Public processing statistics (/statistics?field=&month=YYYY-MM through rewrites in next.config.js), after
// Decision 766/QĐ-TTg: per field and month the dossiers received, finished early / on time / late, in progress
// on time / late, the on-time rate, the average processing time, the share submitted online and satisfaction.
// Aggregates only (no dossier, no person). Cached (ISR) per field and month; a dossier received, moved or
// rated refreshes it (lib/cache.ts revalidateStatistics), and it expires after 10 minutes anyway, since "in
// progress, late" is as of today.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StatisticsChart } from "@/app/_components/statistics/chart";
import { monthLabel, StatisticsTable, totalsOf } from "@/app/_components/statistics/table";
import { SelectField, SubmitButton } from "@/app/_components/form";
import { getCachedDossierStatistics } from "@/lib/dossiers/cached";
import { listCatalogueFacets } from "@/lib/services/queries";
import { formatDateTime, vietnamParts } from "@/lib/time";

export const revalidate = 600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return []; // rendered on first request, never at build time (the build must not open the database)
}

type Props = { params: Promise<{ field: string; month: string }> };

const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;


/** The last `n` months as YYYY-MM, newest first (Vietnamese calendar). */
function recentMonths(now: Date, n: number): string[] {
  const { year, month } = vietnamParts(now);
  return Array.from({ length: n }, (_, i) => {
    const total = year * 12 + (month - 1) - i;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
  });
}

async function resolve(params: Props["params"]) {
  const p = await params;
  const { fields } = await listCatalogueFacets();
  const field = p.field === "all" ? null : (fields.find((f) => f.slug === p.field) ?? undefined);
  const month = p.month === "all" ? null : MONTH.test(p.month) ? p.month : undefined;
  return { fields, field, month };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { field, month } = await resolve(params);
  const parts = [field ? `lĩnh vực ${field.name}` : "", month ? `tháng ${monthLabel(month)}` : ""].filter(Boolean).join(", ");
  return {
    title: `Thống kê giải quyết hồ sơ${parts ? ` – ${parts}` : ""}`,
    description: "Số hồ sơ tiếp nhận, giải quyết trước hạn, đúng hạn, trễ hạn, tỷ lệ đúng hạn và mức độ hài lòng theo lĩnh vực và tháng.",
  };
}

export default async function StatisticsPage({ params }: Props) {
  const { fields, field, month } = await resolve(params);
  if (field === undefined || month === undefined) notFound();
  const now = new Date();
  const rows = await getCachedDossierStatistics(field?.slug ?? null, month);
  const total = totalsOf(rows);
  const scope = [field ? `lĩnh vực ${field.name}` : "tất cả lĩnh vực", month ? `tháng ${monthLabel(month)}` : "12 tháng gần nhất"].join(", ");
  return (
    <>
      <h1 className="text-2xl font-bold">Thống kê tình hình giải quyết hồ sơ</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Theo Quyết định 766/QĐ-TTg về Bộ chỉ số phục vụ người dân, doanh nghiệp. Hồ sơ được tính vào tháng tiếp nhận; trước hạn, đúng hạn,
        trễ hạn so ngày trả kết quả với ngày hẹn; “đang giải quyết quá hạn” tính đến thời điểm cập nhật; tỷ lệ đúng hạn = (trước hạn + đúng
        hạn) / đã giải quyết.
      </p>

      <form method="get" action="/statistics" className="no-print mt-4 flex flex-wrap items-end gap-3" data-testid="statistics-filter">
        <SelectField
          name="field"
          label="Lĩnh vực"
          compact
          defaultValue={field?.slug ?? ""}
          options={[{ value: "", label: "Tất cả lĩnh vực" }, ...fields.map((f) => ({ value: f.slug, label: f.name }))]}
        />
        <SelectField
          name="month"
          label="Tháng"
          compact
          defaultValue={month ?? ""}
          options={[{ value: "", label: "12 tháng gần nhất" }, ...recentMonths(now, 24).map((m) => ({ value: m, label: `Tháng ${monthLabel(m)}` }))]}
        />
        <SubmitButton variant="secondary">Xem thống kê</SubmitButton>
      </form>

      <p className="mt-4" data-testid="statistics-scope">
        Phạm vi: {scope}. Cập nhật lúc {formatDateTime(now)}.
      </p>

      {rows.length === 0 ? (
        <p className="mt-4" data-testid="statistics-empty">
          Chưa có hồ sơ nào trong phạm vi này.
        </p>
      ) : (
        <>
          <section aria-labelledby="bieu-do" className="mt-6">
            <h2 id="bieu-do" className="text-lg font-bold text-brand">
              Biểu đồ theo tháng
            </h2>
            <StatisticsChart rows={rows} scope={scope} />
          </section>
          <section aria-labelledby="bang-so-lieu" className="mt-6">
            <h2 id="bang-so-lieu" className="text-lg font-bold text-brand">
              Bảng số liệu
            </h2>
            <StatisticsTable rows={rows} total={total} />
          </section>
        </>
      )}
    </>
  );
}
