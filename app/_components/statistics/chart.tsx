// The statistics drawn on the server as SVG: one stacked bar per month (all fields of the scope together),
// split into finished early / on time / late, in progress on time / late, and the rest (not accepted,
// stopped, withdrawn). Readable without JavaScript: the SVG has a <title> and a <desc> that says the figures
// in words, each segment its own <title>, the legend is text, and the table beside it holds every number.
import type { MonthStatistics } from "@/lib/dossiers/queries";
import { formatNumber } from "@/lib/format";
import { monthLabel, onTimeRate, totalsOf } from "./table";

const SERIES = [
  { key: "early", label: "Giải quyết trước hạn", color: "#166534" },
  { key: "onTime", label: "Giải quyết đúng hạn", color: "#1d4ed8" },
  { key: "late", label: "Giải quyết trễ hạn", color: "#b91c1c" },
  { key: "inProgressOnTime", label: "Đang giải quyết trong hạn", color: "#60a5fa" },
  { key: "inProgressLate", label: "Đang giải quyết quá hạn", color: "#d97706" },
  { key: "other", label: "Khác (không tiếp nhận, dừng, rút hồ sơ)", color: "#6b7280" },
] as const;

type Key = (typeof SERIES)[number]["key"];

export function StatisticsChart({ rows, scope }: { rows: readonly MonthStatistics[]; scope: string }) {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const bars = months.map((m) => {
    const t = totalsOf(rows.filter((r) => r.month === m));
    const values: Record<Key, number> = {
      early: t.early,
      onTime: t.onTime,
      late: t.late,
      inProgressOnTime: t.inProgressOnTime,
      inProgressLate: t.inProgressLate,
      other: Math.max(0, t.received - t.early - t.onTime - t.late - t.inProgressOnTime - t.inProgressLate),
    };
    return { month: m, received: t.received, values, rate: onTimeRate(t) };
  });
  const max = Math.max(1, ...bars.map((b) => b.received));
  const W = 720;
  const H = 300;
  const left = 48;
  const bottom = 40;
  const top = 16;
  const plotH = H - bottom - top;
  const slot = (W - left - 8) / Math.max(1, bars.length);
  const barW = Math.min(48, slot * 0.6);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const ticks = Array.from(new Set([0, Math.round(max / 2), max]));
  const desc = bars
    .map((b) => `Tháng ${monthLabel(b.month)}: tiếp nhận ${formatNumber(b.received)}; ${SERIES.map((s) => `${s.label.toLowerCase()} ${formatNumber(b.values[s.key])}`).join(", ")}; tỷ lệ đúng hạn ${b.rate}.`)
    .join(" ");
  return (
    <figure className="mt-2" data-testid="statistics-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="bieu-do-title bieu-do-desc" className="max-w-3xl" style={{ maxHeight: "22rem" }}>
        {/* One string child: React renders a <title> with several children empty. */}
        <title id="bieu-do-title">{`Số hồ sơ tiếp nhận theo tháng và tình trạng giải quyết, ${scope}`}</title>
        <desc id="bieu-do-desc">{desc}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={W - 4} y1={y(t)} y2={y(t)} stroke="#d1d5db" />
            <text x={left - 6} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#374151">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = left + i * slot + (slot - barW) / 2;
          let acc = 0;
          return (
            <g key={b.month} data-month={b.month}>
              {SERIES.map((s) => {
                const v = b.values[s.key];
                if (!v) return null;
                const y0 = y(acc + v);
                const h = y(acc) - y0;
                acc += v;
                return (
                  <rect key={s.key} x={x} y={y0} width={barW} height={h} fill={s.color}>
                    <title>{`Tháng ${monthLabel(b.month)} – ${s.label}: ${formatNumber(v)}`}</title>
                  </rect>
                );
              })}
              <text x={x + barW / 2} y={y(b.received) - 4} textAnchor="middle" fontSize="12" fill="#111827">
                {formatNumber(b.received)}
              </text>
              <text x={x + barW / 2} y={H - bottom + 16} textAnchor="middle" fontSize="12" fill="#374151">
                {monthLabel(b.month)}
              </text>
            </g>
          );
        })}
        <line x1={left} x2={W - 4} y1={y(0)} y2={y(0)} stroke="#111827" />
      </svg>
      <figcaption className="mt-2 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {SERIES.map((s) => (
            <li key={s.key} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3" style={{ background: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
