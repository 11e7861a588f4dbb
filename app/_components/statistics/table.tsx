// The statistics as a table: one row per month and field, a total row, every figure of Decision 766's
// processing index. The chart beside it draws the same numbers (plain components, no client code).
import type { MonthStatistics } from "@/lib/dossiers/queries";
import { formatDecimal, formatNumber } from "@/lib/format";

/** "2026-11" → "11/2026" */
export const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

export type Totals = Omit<MonthStatistics, "month" | "fieldId" | "fieldName">;

/** Sums over rows; averages weighted by what they average over (finished dossiers, ratings). */
export function totalsOf(rows: readonly MonthStatistics[]): Totals {
  const sum = (k: keyof Totals) => rows.reduce((n, r) => n + ((r[k] as number | null) ?? 0), 0);
  const weighted = (k: "avgProcessingDays" | "avgRating", w: "finished" | "rated") => {
    const weight = sum(w);
    return weight ? rows.reduce((n, r) => n + (r[k] ?? 0) * r[w], 0) / weight : null;
  };
  return {
    received: sum("received"),
    online: sum("online"),
    finished: sum("finished"),
    early: sum("early"),
    onTime: sum("onTime"),
    late: sum("late"),
    inProgressOnTime: sum("inProgressOnTime"),
    inProgressLate: sum("inProgressLate"),
    avgProcessingDays: weighted("avgProcessingDays", "finished"),
    rated: sum("rated"),
    satisfied: sum("satisfied"),
    avgRating: weighted("avgRating", "rated"),
  };
}

const percent = (part: number, whole: number) => (whole ? `${formatDecimal((100 * part) / whole)} %` : "—");

/** (early + on time) / finished, as a percentage, or a dash before anything is finished. */
export const onTimeRate = (t: Pick<Totals, "early" | "onTime" | "finished">) => percent(t.early + t.onTime, t.finished);

function Cells({ t }: { t: Totals }) {
  return (
    <>
      <td className="px-2 py-1 text-right" data-stat="received">{formatNumber(t.received)}</td>
      <td className="px-2 py-1 text-right" data-stat="online">{percent(t.online, t.received)}</td>
      <td className="px-2 py-1 text-right" data-stat="early">{formatNumber(t.early)}</td>
      <td className="px-2 py-1 text-right" data-stat="on-time">{formatNumber(t.onTime)}</td>
      <td className="px-2 py-1 text-right" data-stat="late">{formatNumber(t.late)}</td>
      <td className="px-2 py-1 text-right" data-stat="in-progress-on-time">{formatNumber(t.inProgressOnTime)}</td>
      <td className="px-2 py-1 text-right" data-stat="in-progress-late">{formatNumber(t.inProgressLate)}</td>
      <td className="px-2 py-1 text-right" data-stat="on-time-rate">{onTimeRate(t)}</td>
      <td className="px-2 py-1 text-right" data-stat="avg-days">{t.avgProcessingDays === null ? "—" : formatDecimal(t.avgProcessingDays)}</td>
      <td className="px-2 py-1 text-right" data-stat="satisfaction">
        {t.rated ? `${percent(t.satisfied, t.rated)} (${formatNumber(t.rated)} lượt)` : "—"}
      </td>
    </>
  );
}

export function StatisticsTable({ rows, total }: { rows: readonly MonthStatistics[]; total: Totals }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Bảng số liệu thống kê (cuộn ngang)">
      <table className="w-full border-collapse text-sm" data-testid="statistics-table">
        <caption className="sr-only">Số liệu giải quyết hồ sơ theo tháng và lĩnh vực</caption>
        <thead>
          <tr className="border-b border-gray-400 text-left">
            <th scope="col" rowSpan={2} className="px-2 py-1">Tháng</th>
            <th scope="col" rowSpan={2} className="px-2 py-1">Lĩnh vực</th>
            <th scope="col" rowSpan={2} className="px-2 py-1 text-right">Tiếp nhận</th>
            <th scope="col" rowSpan={2} className="px-2 py-1 text-right">Nộp trực tuyến</th>
            <th scope="colgroup" colSpan={3} className="px-2 py-1 text-center">Đã giải quyết</th>
            <th scope="colgroup" colSpan={2} className="px-2 py-1 text-center">Đang giải quyết</th>
            <th scope="col" rowSpan={2} className="px-2 py-1 text-right">Tỷ lệ đúng hạn</th>
            <th scope="col" rowSpan={2} className="px-2 py-1 text-right">Thời gian giải quyết trung bình (ngày)</th>
            <th scope="col" rowSpan={2} className="px-2 py-1 text-right">Hài lòng</th>
          </tr>
          <tr className="border-b-2 border-gray-400 text-right">
            <th scope="col" className="px-2 py-1">Trước hạn</th>
            <th scope="col" className="px-2 py-1">Đúng hạn</th>
            <th scope="col" className="px-2 py-1">Trễ hạn</th>
            <th scope="col" className="px-2 py-1">Trong hạn</th>
            <th scope="col" className="px-2 py-1">Quá hạn</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.month}-${r.fieldId}`} className="border-b border-gray-200" data-testid="statistics-row" data-month={r.month} data-field={r.fieldName}>
              <th scope="row" className="px-2 py-1 text-left font-normal">{monthLabel(r.month)}</th>
              <td className="px-2 py-1">{r.fieldName}</td>
              <Cells t={r} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-gray-400 font-bold" data-testid="statistics-total">
            <th scope="row" colSpan={2} className="px-2 py-1 text-left">Tổng cộng</th>
            <Cells t={total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
