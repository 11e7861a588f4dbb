// One indicator's targets against results over the years, drawn on the server as SVG (no script), with a
// title and a description that say what it shows; the table beside it holds the same figures.
import { layoutChart, type SeriesPoint } from "@/lib/conferences/series";
import { formatNumber } from "@/lib/format";
import { formatShare, formatValue, SHARE_BASIS } from "./figures";

const TARGET_FILL = "#9ab3cf";
const RESULT_FILL = "#1d4f91";

function describe(points: readonly SeriesPoint[], unit: string): string {
  return points
    .map((p) => {
      const parts: string[] = [];
      if (p.target) parts.push(`chỉ tiêu ${p.target.value !== null ? formatValue(p.target.value, unit) : p.target.note || "không nêu số"}`);
      if (p.result) parts.push(`kết quả ${p.result.value !== null ? formatValue(p.result.value, unit) : p.result.note || "không nêu số"}`);
      if (p.share) parts.push(`đạt ${formatShare(p.share)} kế hoạch (${SHARE_BASIS[p.share.basis]})`);
      return `Năm ${p.year}: ${parts.join(", ")}.`;
    })
    .join(" ");
}

/** Short axis labels: 12.000 → 12 N, 4.020 → 4.020 (thousands only above ten thousand). */
function axisLabel(v: number): string {
  if (v >= 1e6) return `${formatNumber(v / 1e6)} tr`;
  if (v >= 1e4) return `${formatNumber(v / 1e3)} N`;
  return formatNumber(Math.round(v * 100) / 100);
}

export function IndicatorChart({ id, name, unit, points }: { id: string; name: string; unit: string; points: readonly SeriesPoint[] }) {
  const c = layoutChart(points);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      viewBox={`0 0 ${c.width} ${c.height}`}
      width="100%"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      className="max-w-xl"
      data-testid="indicator-chart"
    >
      <title id={titleId}>{`Biểu đồ chỉ tiêu và kết quả: ${name}${unit ? ` (${unit})` : ""}`}</title>
      <desc id={descId}>{describe(points, unit)}</desc>
      <rect x="0" y="0" width={c.width} height={c.height} fill="#ffffff" />
      {c.ticks.map((t) => (
        <g key={t.value}>
          <line x1={c.plot.left} x2={c.plot.right} y1={t.y} y2={t.y} stroke="#d1d5db" strokeWidth="1" />
          <text x={c.plot.left - 6} y={t.y + 4} fontSize="12" textAnchor="end" fill="#374151">
            {axisLabel(t.value)}
          </text>
        </g>
      ))}
      <line x1={c.plot.left} x2={c.plot.right} y1={c.plot.bottom} y2={c.plot.bottom} stroke="#374151" strokeWidth="1" />
      {c.bars.map((b) => (
        <rect key={`${b.year}-${b.kind}`} x={b.x} y={b.y} width={b.width} height={Math.max(b.height, 1)} fill={b.kind === "target" ? TARGET_FILL : RESULT_FILL} stroke="#1f2937" strokeWidth="0.5" />
      ))}
      {c.years.map((y) => (
        <text key={y.year} x={y.x} y={c.plot.bottom + 18} fontSize="13" textAnchor="middle" fill="#1f2937">
          {y.year}
        </text>
      ))}
      <g transform={`translate(${c.plot.left}, ${c.height - 8})`}>
        <rect x="0" y="-10" width="12" height="12" fill={TARGET_FILL} stroke="#1f2937" strokeWidth="0.5" />
        <text x="18" y="0" fontSize="12" fill="#1f2937">
          Chỉ tiêu
        </text>
        <rect x="90" y="-10" width="12" height="12" fill={RESULT_FILL} stroke="#1f2937" strokeWidth="0.5" />
        <text x="108" y="0" fontSize="12" fill="#1f2937">
          Kết quả
        </text>
      </g>
    </svg>
  );
}

/** The chart's figures as a table: year, target, result, share reached. */
export function SeriesTable({ name, unit, points }: { name: string; unit: string; points: readonly SeriesPoint[] }) {
  return (
    <table className="data-table text-sm" data-testid="series-table">
      <caption className="text-left font-semibold">Số liệu theo năm: {name}</caption>
      <thead>
        <tr>
          <th scope="col">Năm</th>
          <th scope="col">Chỉ tiêu</th>
          <th scope="col">Kết quả</th>
          <th scope="col">Tỷ lệ đạt</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.year}>
            <th scope="row">{p.year}</th>
            <td>{p.target ? [formatValue(p.target.value, unit), p.target.note].filter(Boolean).join(" – ") : "—"}</td>
            <td>{p.result ? [formatValue(p.result.value, unit), p.result.note].filter(Boolean).join(" – ") : "—"}</td>
            <td>{p.share ? `${formatShare(p.share)} (${SHARE_BASIS[p.share.basis]})` : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
