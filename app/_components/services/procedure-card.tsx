// One procedure in a list (the catalogue, search, the admin's links): name, code, level in both names, field,
// agency and processing time, with "Nộp trực tuyến" for level 3 and the sample badge. Plain links.
import { SampleBadge } from "@/app/_components/ui/sample-badge";
import { formatNumber } from "@/lib/format";
import { levelLabel } from "@/lib/services/validation";

export type CardProcedure = {
  code: string;
  name: string;
  level: number;
  fieldName: string;
  agencyName: string;
  processingDays: number;
  isSample: boolean;
};

export const procedureHref = (code: string) => `/services/${encodeURIComponent(code)}`;

export function LevelBadge({ level }: { level: number }) {
  const look = level === 3 ? "border-green-800 bg-green-50 text-green-900" : "border-gray-500 bg-gray-50 text-gray-800";
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${look}`}>{levelLabel(level)}</span>;
}

export function ProcedureCard({ p, headingLevel = 2 }: { p: CardProcedure; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-b border-gray-200 py-3" data-testid="procedure-card">
      <H className="text-base font-bold leading-snug">
        <a href={procedureHref(p.code)}>{p.name}</a>
      </H>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
        <LevelBadge level={p.level} />
        {p.level === 3 ? <span className="font-semibold text-green-900">Nộp hồ sơ trực tuyến</span> : null}
        <span>Mã {p.code}</span>
        <span aria-hidden="true">·</span>
        <span>{p.fieldName}</span>
        <span aria-hidden="true">·</span>
        <span>{p.agencyName}</span>
        <span aria-hidden="true">·</span>
        <span>{formatNumber(p.processingDays)} ngày làm việc</span>
        {p.isSample ? <SampleBadge data /> : null}
      </p>
    </article>
  );
}
