// Generated dossiers for load and speed tests (npm run db:generate-load): 100.000 rows over the last 12
// months on the generated procedures (never the demo ones), marked is_generated, applicants named
// "[Dữ liệu tạo tự động]". Statuses are spread as a real queue would be (most finished, some open, some late),
// so the queue, its filters and the statistics are measured on a realistic mix. Codes are unique by
// construction (<G-prefixed agency>-<yyMMdd>-<sequence>); running it again adds only what is missing.
import { count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { dossiers, procedures } from "@/db/schema";
import { GENERATED_PREFIX } from "./procedures";

const BATCH = 10_000;

export async function generateDossiers(db: Db, total: number, log: (line: string) => void = () => {}) {
  const [{ procs }] = await db.select({ procs: count() }).from(procedures).where(eq(procedures.isGenerated, true));
  if (!procs) throw new Error("no generated procedure: generate procedures first");
  const [{ have }] = await db.select({ have: count() }).from(dossiers).where(eq(dossiers.isGenerated, true));
  let inserted = 0;
  for (let from = have + 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await db.execute(sql`
      with p as (
        select id, field_id, agency_id, processing_days, row_number() over (order by id) as n
        from procedures where is_generated
      ), g as (
        select i,
               -- submitted over the last 365 days, in office hours
               date_trunc('day', now() - ((i * 7919) % 365 || ' days')::interval) + ((8 + i % 9) || ' hours')::interval as at,
               (i % 100) as r
        from generate_series(${from}::int, ${to}::int) as i
      )
      insert into dossiers (code, procedure_id, field_id, agency_id, status, channel, applicant_name, id_number, phone, email, address,
                            consent_at, submission_key, submitted_at, processing_days, due_at, paused_at, result_at, returned_at, closed_at, rating, rated_at, is_generated)
      select 'G' || lpad((i / 10000)::text, 2, '0') || '.00.00.H42-' || to_char(g.at, 'YYMMDD') || '-' || lpad((i % 10000)::text, 4, '0'),
             p.id, p.field_id, p.agency_id,
             (case when g.at > now() - interval '20 days' then
                (array['submitted','accepted','processing','supplement_requested','processing'])[1 + g.r % 5]
              else (array['returned','returned','returned','done','rejected','stopped','withdrawn','returned','returned','processing'])[1 + g.r % 10] end)::dossier_status,
             (case when g.r < 70 then 'online' else 'counter' end)::dossier_channel,
             ${GENERATED_PREFIX} || ' Người nộp ' || i, lpad(i::text, 12, '0'), '09' || lpad((i % 100000000)::text, 8, '0'), '', 'Địa chỉ tạo tự động',
             g.at, 'generated-' || i, g.at, p.processing_days,
             g.at + ((p.processing_days * 1.4)::int || ' days')::interval + interval '9 hours',
             null,
             case when g.r % 10 < 9 and g.at <= now() - interval '20 days' then g.at + (((p.processing_days * 1.4)::int + (g.r % 7) - 4) || ' days')::interval else null end,
             null, null,
             case when g.r % 3 = 0 and g.at <= now() - interval '20 days' then 1 + (g.r % 5) else null end,
             null, true
      from g join p on p.n = 1 + (g.i * 31) % ${procs}
      on conflict do nothing`);
    inserted += to - from + 1;
    log(`dossiers ${to}/${total}`);
  }
  // Finished dossiers carry a result; open ones none (keeps the statistics consistent).
  await db.execute(sql`update dossiers set result_at = null where is_generated and status not in ('done','returned') and result_at is not null`);
  await db.execute(sql`update dossiers set result_at = submitted_at + interval '3 days' where is_generated and status in ('done','returned') and result_at is null`);
  await db.execute(sql`update dossiers set rating = null where is_generated and status not in ('done','returned') and rating is not null`);
  const [{ all }] = await db.select({ all: count() }).from(dossiers).where(eq(dossiers.isGenerated, true));
  return { inserted, total: all };
}
