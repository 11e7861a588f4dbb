// The choices of the processing queue's filters: the procedures that take dossiers online (level 3) or
// already have some, by name. Staff only ("dossiers.process").
import "server-only";
import { asc, eq, exists, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dossiers, procedures } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DOSSIER_STATUSES, type DossierStatus } from "./validation";

export async function listQueueProcedures(actor: Actor | null): Promise<{ id: number; code: string; name: string }[]> {
  assertCan(actor, "dossiers.process");
  const db = await getDb();
  return db
    .select({ id: procedures.id, code: procedures.code, name: procedures.name })
    .from(procedures)
    .where(or(eq(procedures.level, 3), exists(db.select({ one: sql`1` }).from(dossiers).where(eq(dossiers.procedureId, procedures.id)))))
    .orderBy(asc(procedures.name))
    .limit(500);
}

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
