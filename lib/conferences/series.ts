// Targets against results over years (pure): rows of one indicator, from any number of reports, become one
// series of years, each with its target and result; the share reached is result / target × 100 where the
// year has both values, else the share the source states ("đạt 102% kế hoạch"), else none. A plan value
// is never invented from a stated share.
import type { IndicatorKind } from "@/db/schema/conferences";

export type SeriesRow = {
  year: number;
  kind: IndicatorKind;
  value: number | null;
  statedSharePercent: number | null;
  note: string;
  /** When the report holding the row was held (yyyy-mm-dd): a later report's figure wins for the same year and kind. */
  heldOn: string;
};

export type ShareReached = { percent: number; basis: "computed" | "stated" } | null;

export type SeriesPoint = {
  year: number;
  target: { value: number | null; note: string } | null;
  result: { value: number | null; note: string } | null;
  share: ShareReached;
};

/** The share reached for one year's target and result rows. */
export function shareReached(target: Pick<SeriesRow, "value"> | null, result: Pick<SeriesRow, "value" | "statedSharePercent"> | null): ShareReached {
  if (!result) return null;
  if (target?.value != null && result.value != null && target.value !== 0) {
    return { percent: (result.value / target.value) * 100, basis: "computed" };
  }
  if (result.statedSharePercent != null) return { percent: result.statedSharePercent, basis: "stated" };
  return null;
}

/** One indicator's rows as a series, oldest year first. */
export function buildSeries(rows: readonly SeriesRow[]): SeriesPoint[] {
  const latest = new Map<string, SeriesRow>();
  for (const r of rows) {
    const key = `${r.year}/${r.kind}`;
    const seen = latest.get(key);
    if (!seen || r.heldOn >= seen.heldOn) latest.set(key, r);
  }
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const t = latest.get(`${year}/target`) ?? null;
    const r = latest.get(`${year}/result`) ?? null;
    return {
      year,
      target: t ? { value: t.value, note: t.note } : null,
      result: r ? { value: r.value, note: r.note } : null,
      share: shareReached(t, r),
    };
  });
}

export type ChartBar = { year: number; kind: IndicatorKind; value: number; x: number; y: number; width: number; height: number };
export type ChartLayout = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  max: number;
  ticks: { value: number; y: number }[];
  bars: ChartBar[];
  years: { year: number; x: number }[];
};

/** Nice round upper bound of the axis (1, 2, 2.5, 5 × 10^n). */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Where the bars go: per year a target bar and a result bar side by side; years with no number keep their slot. */
export function layoutChart(points: readonly SeriesPoint[], width = 560, height = 260): ChartLayout {
  const plot = { left: 64, top: 16, right: width - 12, bottom: height - 36 };
  const values = points.flatMap((p) => [p.target?.value, p.result?.value]).filter((v): v is number => v != null && v >= 0);
  const max = niceMax(Math.max(0, ...values));
  const slot = (plot.right - plot.left) / Math.max(1, points.length);
  const barWidth = Math.min(48, slot / 3);
  const scale = (v: number) => ((plot.bottom - plot.top) * v) / max;
  const bars: ChartBar[] = [];
  const years = points.map((p, i) => {
    const center = plot.left + slot * (i + 0.5);
    (["target", "result"] as const).forEach((kind, k) => {
      const v = p[kind]?.value;
      if (v == null || v < 0) return;
      const h = scale(v);
      bars.push({ year: p.year, kind, value: v, x: center - barWidth + k * barWidth, y: plot.bottom - h, width: barWidth - 2, height: h });
    });
    return { year: p.year, x: center };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: max * f, y: plot.bottom - (plot.bottom - plot.top) * f }));
  return { width, height, plot, max, ticks, bars, years };
}
