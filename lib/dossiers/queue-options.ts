// The choices of the processing queue's filters (the filters themselves: ./queue-filter.ts): the procedures that take dossiers online (level 3) or
// already have some, by name. Staff only ("dossiers.process").
import "server-only";
import { asc, eq, exists, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { dossiers, procedures } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";

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
