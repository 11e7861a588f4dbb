// A dossier's timeline: each step with its time, the status it led to and its note. The tracking page passes
// only the notes meant for the applicant; the staff page passes all and marks the internal ones.
import { DOSSIER_STATUS_LABELS, type DossierStatus } from "@/lib/dossiers/validation";
import { formatDateTime, isoDateTime } from "@/lib/time";

export type TimelineEntry = { at: Date; toStatus: DossierStatus; note: string; visibility?: string; actorName?: string };

export function DossierTimeline({ entries, showVisibility = false }: { entries: TimelineEntry[]; showVisibility?: boolean }) {
  if (!entries.length) return <p className="text-muted">Chưa có bước xử lý nào.</p>;
  return (
    <ol className="space-y-3 border-l-2 border-brand pl-4" data-testid="timeline">
      {entries.map((e, i) => (
        <li key={i} data-testid="timeline-entry">
          <p className="text-sm">
            <time dateTime={isoDateTime(e.at)}>{formatDateTime(e.at)}</time>
            {" – "}
            <strong>{DOSSIER_STATUS_LABELS[e.toStatus]}</strong>
            {e.actorName ? <span className="text-muted"> ({e.actorName})</span> : null}
            {showVisibility ? (
              <span className={`ml-2 rounded px-1.5 text-xs ${e.visibility === "applicant" ? "bg-green-50 text-green-900" : "bg-gray-100 text-gray-800"}`}>
                {e.visibility === "applicant" ? "Công dân xem được" : "Nội bộ"}
              </span>
            ) : null}
          </p>
          {e.note ? <p className="mt-1 whitespace-pre-line">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
