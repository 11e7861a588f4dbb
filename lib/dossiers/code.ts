// Dossier codes in the national pattern <agency code>-<yyMMdd>-<4-digit daily sequence>, e.g.
// 000.00.06.H56-231027-0361. The sequence comes from one atomic upsert on the (agency, Vietnamese day)
// counter inside the submission's transaction: two citizens submitting at the same moment queue on that row
// and never get the same number; a submission that rolls back gives its number back.
import "server-only";
import { sql } from "drizzle-orm";
import { dossierCounters } from "@/db/schema";
import type { Tx } from "@/lib/kernel";
import { vietnamParts } from "@/lib/time";

/** 231027 for 27/10/2023 in Vietnam. */
export function codeDay(at: Date): { yymmdd: string; iso: string } {
  const p = vietnamParts(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { yymmdd: `${pad(p.year % 100)}${pad(p.month)}${pad(p.day)}`, iso: `${p.year}-${pad(p.month)}-${pad(p.day)}` };
}

export async function nextDossierCode(tx: Tx, agencyCode: string, at: Date): Promise<string> {
  const day = codeDay(at);
  const [row] = await tx
    .insert(dossierCounters)
    .values({ agencyCode, day: day.iso, last: 1 })
    .onConflictDoUpdate({ target: [dossierCounters.agencyCode, dossierCounters.day], set: { last: sql`${dossierCounters.last} + 1` } })
    .returning({ last: dossierCounters.last });
  // Four digits as the pattern has them; a day past 9.999 dossiers for one agency keeps counting (10000).
  return `${agencyCode}-${day.yymmdd}-${String(row.last).padStart(4, "0")}`;
}
