// The processing queue's filters as the query string carries them (/admin/dossiers?status=&procedure=<procedure
// code>&overdue=1&week=1&q=&page=): a code, typed or linked, because a catalogue of 15.000 procedures fits no list. Pure: unknown values are left out rather than refused, so a stale bookmark still opens.
import { DOSSIER_STATUSES, type DossierStatus } from "./validation";

/** The queue's filters from a query string; anything unknown is left out rather than refused. */
export function parseQueueFilter(sp: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const status = (DOSSIER_STATUSES as readonly string[]).includes(one("status")) ? (one("status") as DossierStatus) : undefined;
  const code = one("procedure").trim();
  const procedureCode = /^[0-9A-Za-z.]{1,60}$/.test(code) ? code : undefined;
  return {
    status,
    procedureCode,
    // A ticked box sends "on"; links (pagination, the admin home) use "1".
    overdue: ["1", "on"].includes(one("overdue")),
    dueThisWeek: ["1", "on"].includes(one("week")),
    q: one("q").trim().slice(0, 100),
    page: one("page"),
  };
}
