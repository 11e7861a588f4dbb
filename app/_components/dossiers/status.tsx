// How a dossier's status reads everywhere (tracking, the queue, one dossier): the national name in words,
// with a colour that never carries the meaning alone.
import { DOSSIER_STATUS_LABELS, type DossierStatus } from "@/lib/dossiers/validation";

const LOOK: Record<DossierStatus, string> = {
  submitted: "border-blue-800 text-blue-900",
  accepted: "border-blue-800 text-blue-900",
  processing: "border-blue-800 text-blue-900",
  supplement_requested: "border-amber-700 text-amber-900",
  done: "border-green-800 text-green-900",
  returned: "border-green-800 text-green-900",
  rejected: "border-red-800 text-red-900",
  stopped: "border-red-800 text-red-900",
  withdrawn: "border-gray-700 text-gray-800",
};

export function DossierStatusBadge({ status, testId = "dossier-status" }: { status: DossierStatus; testId?: string }) {
  return (
    <span className={`inline-block rounded border bg-white px-2 py-0.5 text-sm font-semibold ${LOOK[status]}`} data-testid={testId}>
      {DOSSIER_STATUS_LABELS[status]}
    </span>
  );
}

export function OverdueMark({ overdue }: { overdue: boolean }) {
  return overdue ? (
    <span className="ml-2 inline-block rounded bg-red-800 px-2 py-0.5 text-sm font-semibold text-white" data-testid="overdue">
      Quá hạn
    </span>
  ) : null;
}
