// The processing queue's filters as the query string carries them (/admin/dossiers?status=&procedure=&overdue=1
// &week=1&q=&page=). Pure: unknown values are left out rather than refused, so a stale bookmark still opens.
import { DOSSIER_STATUSES, type DossierStatus } from "./validation";

/** The queue's filters from a query string; anything unknown is left out rather than refused. */
export function parseQueueFilter(sp: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const status = (DOSSIER_STATUSES as readonly string[]).includes(one("status")) ? (one("status") as DossierStatus) : undefined;
  const procedureId = /^[1-9]\d{0,9}$/.test(one("procedure")) ? Number(one("procedure")) : undefined;
  return {
    status,
    procedureId,
    // A ticked box sends "on"; links (pagination, the admin home) use "1".
    overdue: ["1", "on"].includes(one("overdue")),
    dueThisWeek: ["1", "on"].includes(one("week")),
    q: one("q").trim().slice(0, 100),
    page: one("page"),
  };
}
