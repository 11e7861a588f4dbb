// Reads of citizens' dossiers. Staff reads check "dossiers.process" and opening one dossier writes an audit
// entry (personal data, Decree 13/2023). The applicant's own view needs the code AND the phone number, and
// shows only what is meant for them. Public statistics are aggregates only: no dossier, no person.
import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { dossierEvents, dossierFiles, dossiers, privateFiles, procedureDocuments, procedures, serviceAgencies, serviceFields, supplementRequests, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { paginate } from "@/lib/pagination";
import { DAY_MS, startOfVietnamDay } from "@/lib/time";
import { supplementPath } from "./supplement-token";
import { OPEN_STATUSES, type DossierStatus } from "./validation";

export const QUEUE_PAGE_SIZE = 25;

/** The applicant's view: status, the timeline notes meant for them, dates, an open supplement request. */
export async function trackDossier(code: string, phone: string, now = new Date()) {
  const db = await getDb();
  const [d] = await db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      phone: dossiers.phone,
      status: dossiers.status,
      submittedAt: dossiers.submittedAt,
      dueAt: dossiers.dueAt,
      pausedAt: dossiers.pausedAt,
      resultAt: dossiers.resultAt,
      returnedAt: dossiers.returnedAt,
      apologyDueAt: dossiers.apologyDueAt,
      apologyText: dossiers.apologyText,
      apologyAt: dossiers.apologyAt,
      rating: dossiers.rating,
      procedureName: procedures.name,
      procedureCode: procedures.code,
      agencyName: serviceAgencies.name,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, dossiers.agencyId))
    .where(eq(dossiers.code, code))
    .limit(1);
  // Both must match; a wrong pair looks exactly like an unknown code.
  if (!d || d.phone !== phone) return null;
  const [timeline, supplement] = await Promise.all([
    db
      .select({ at: dossierEvents.at, toStatus: dossierEvents.toStatus, note: dossierEvents.note })
      .from(dossierEvents)
      .where(and(eq(dossierEvents.dossierId, d.id), eq(dossierEvents.visibility, "applicant")))
      .orderBy(asc(dossierEvents.at), asc(dossierEvents.id)),
    db
      .select({ id: supplementRequests.id, nonce: supplementRequests.nonce, request: supplementRequests.request, expiresAt: supplementRequests.expiresAt })
      .from(supplementRequests)
      .where(and(eq(supplementRequests.dossierId, d.id), sql`${supplementRequests.usedAt} is null`, sql`${supplementRequests.expiresAt} > ${now.toISOString()}::timestamptz`))
      .orderBy(desc(supplementRequests.id))
      .limit(1),
  ]);
  const open = OPEN_STATUSES.includes(d.status);
  const { phone: _p, id: _id, ...view } = d;
  return {
    ...view,
    overdue: open && (d.pausedAt ?? now).getTime() > d.dueAt.getTime(),
    timeline,
    supplement:
      d.status === "supplement_requested" && supplement[0]
        ? { request: supplement[0].request, expiresAt: supplement[0].expiresAt, path: supplementPath(supplement[0].id, supplement[0].nonce) }
        : null,
    canRate: (d.status === "returned" || d.status === "done") && d.rating === null,
  };
}
export type TrackedDossier = NonNullable<Awaited<ReturnType<typeof trackDossier>>>;

export type QueueFilter = { status?: DossierStatus; procedureId?: number; procedureCode?: string; overdue?: boolean; dueThisWeek?: boolean; q?: string; page?: unknown };

function queueConditions(f: QueueFilter, now: Date): SQL | undefined {
  const c: SQL[] = [];
  if (f.status) c.push(eq(dossiers.status, f.status));
  if (f.procedureId) c.push(eq(dossiers.procedureId, f.procedureId));
  if (f.procedureCode) c.push(sql`${dossiers.procedureId} = (select ${procedures.id} from ${procedures} where ${procedures.code} = ${f.procedureCode})`);
  const open = inArray(dossiers.status, [...OPEN_STATUSES]);
  if (f.overdue) c.push(open, sql`coalesce(${dossiers.pausedAt}, ${now.toISOString()}::timestamptz) > ${dossiers.dueAt}`);
  if (f.dueThisWeek) {
    const start = startOfVietnamDay(now);
    c.push(open, gte(dossiers.dueAt, start), lt(dossiers.dueAt, new Date(start.getTime() + 7 * DAY_MS)));
  }
  const q = (f.q ?? "").trim().slice(0, 100);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (x) => `\\${x}`)}%`;
    c.push(or(ilike(dossiers.code, like), ilike(dossiers.applicantName, like))!);
  }
  return c.length ? and(...c) : undefined;
}

function queueItems(db: Db, where: SQL | undefined, offset: number) {
  return db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      status: dossiers.status,
      applicantName: dossiers.applicantName,
      submittedAt: dossiers.submittedAt,
      dueAt: dossiers.dueAt,
      pausedAt: dossiers.pausedAt,
      procedureName: procedures.name,
      procedureCode: procedures.code,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .where(where)
    // Open dossiers by deadline (the most urgent first); finished ones after, newest first.
    .orderBy(sql`case when ${dossiers.status} in ('submitted','accepted','processing','supplement_requested') then 0 else 1 end`, asc(dossiers.dueAt), desc(dossiers.id))
    .limit(QUEUE_PAGE_SIZE)
    .offset(offset);
}

/** EXPLAIN (ANALYZE, BUFFERS) of the queue's page and count for a filter (npm run dossiers:bench). */
export async function explainDossierQueue(filter: QueueFilter, now = new Date()): Promise<string[]> {
  const db = await getDb();
  const where = queueConditions(filter, now);
  const lines: string[] = [];
  for (const q of [queueItems(db, where, 0), db.select({ total: count() }).from(dossiers).where(where)]) {
    const result = await db.execute(sql`explain (analyze, buffers) ${q}`);
    const rows = (Array.isArray(result) ? result : (result as { rows: Record<string, string>[] }).rows) as Record<string, string>[];
    lines.push(...rows.map((r) => Object.values(r)[0]!), "");
  }
  return lines;
}

/** The processing queue: newest deadlines first among open dossiers (by due date), filters in the query string. */
export async function listDossierQueue(actor: Actor | null, filter: QueueFilter, now = new Date()) {
  assertCan(actor, "dossiers.process");
  const db = await getDb();
  const where = queueConditions(filter, now);
  const [{ total }] = await db.select({ total: count() }).from(dossiers).where(where);
  const { page, pageCount, offset } = paginate(total, filter.page, QUEUE_PAGE_SIZE);
  const items = await queueItems(db, where, offset);
  return {
    items: items.map((i) => ({ ...i, overdue: OPEN_STATUSES.includes(i.status) && (i.pausedAt ?? now).getTime() > i.dueAt.getTime() })),
    total,
    page,
    pageCount,
  };
}

/** Counts for the admin home: new, open, overdue, due within 7 days. */
export async function countDossierAttention(actor: Actor | null, now = new Date()) {
  assertCan(actor, "dossiers.process");
  const db = await getDb();
  const start = startOfVietnamDay(now);
  const open = sql`${dossiers.status} in ('submitted','accepted','processing','supplement_requested')`;
  const [r] = await db
    .select({
      submitted: sql<number>`count(*) filter (where ${dossiers.status} = 'submitted')`.mapWith(Number),
      open: sql<number>`count(*) filter (where ${open})`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${open} and coalesce(${dossiers.pausedAt}, ${now.toISOString()}::timestamptz) > ${dossiers.dueAt})`.mapWith(Number),
      dueThisWeek: sql<number>`count(*) filter (where ${open} and ${dossiers.dueAt} >= ${start.toISOString()}::timestamptz and ${dossiers.dueAt} < ${new Date(start.getTime() + 7 * DAY_MS).toISOString()}::timestamptz)`.mapWith(Number),
    })
    .from(dossiers)
    .where(open);
  return r ?? { submitted: 0, open: 0, overdue: 0, dueThisWeek: 0 };
}

/**
 * One dossier with everything staff need: the applicant, the files, the timeline, supplement requests.
 * Opening it is personal data processing: the audit entry is written before anything is returned.
 */
export async function openDossier(actor: Actor | null, id: number) {
  assertCan(actor, "dossiers.process");
  const db = await getDb();
  const [d] = await db
    .select({
      dossier: dossiers,
      procedureName: procedures.name,
      procedureCode: procedures.code,
      processingDays: procedures.processingDays,
      fieldName: serviceFields.name,
      agencyName: serviceAgencies.name,
    })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(serviceFields, eq(serviceFields.id, dossiers.fieldId))
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, dossiers.agencyId))
    .where(eq(dossiers.id, id))
    .limit(1);
  if (!d) return null;
  await writeAudit(db, actor, { action: "dossier.open", entity: "dossier", entityId: id, after: { code: d.dossier.code } });
  const [files, events, supplements] = await Promise.all([
    db
      .select({
        id: dossierFiles.id,
        documentName: dossierFiles.documentName,
        stage: dossierFiles.stage,
        createdAt: dossierFiles.createdAt,
        fileId: privateFiles.id,
        filename: privateFiles.filename,
        mimeType: privateFiles.mimeType,
        byteSize: privateFiles.byteSize,
      })
      .from(dossierFiles)
      .innerJoin(privateFiles, eq(privateFiles.id, dossierFiles.fileId))
      .where(eq(dossierFiles.dossierId, id))
      .orderBy(asc(dossierFiles.id)),
    db
      .select({ id: dossierEvents.id, at: dossierEvents.at, step: dossierEvents.step, fromStatus: dossierEvents.fromStatus, toStatus: dossierEvents.toStatus, note: dossierEvents.note, visibility: dossierEvents.visibility, actorName: dossierEvents.actorName })
      .from(dossierEvents)
      .where(eq(dossierEvents.dossierId, id))
      .orderBy(asc(dossierEvents.at), asc(dossierEvents.id)),
    db
      .select({ id: supplementRequests.id, request: supplementRequests.request, createdAt: supplementRequests.createdAt, expiresAt: supplementRequests.expiresAt, usedAt: supplementRequests.usedAt, createdByName: users.name })
      .from(supplementRequests)
      .leftJoin(users, eq(users.id, supplementRequests.createdById))
      .where(eq(supplementRequests.dossierId, id))
      .orderBy(desc(supplementRequests.id)),
  ]);
  return { ...d.dossier, procedureName: d.procedureName, procedureCode: d.procedureCode, fieldName: d.fieldName, agencyName: d.agencyName, files, events, supplements };
}

/** The documents a procedure requires, in order (for the form and the supplement request). */
export async function listProcedureDocuments(procedureId: number) {
  const db = await getDb();
  return db
    .select({ id: procedureDocuments.id, name: procedureDocuments.name, originals: procedureDocuments.originals, copies: procedureDocuments.copies, required: procedureDocuments.required })
    .from(procedureDocuments)
    .where(eq(procedureDocuments.procedureId, procedureId))
    .orderBy(asc(procedureDocuments.position));
}

export type MonthStatistics = {
  month: string;
  fieldId: number;
  fieldName: string;
  received: number;
  online: number;
  finished: number;
  early: number;
  onTime: number;
  late: number;
  inProgressOnTime: number;
  inProgressLate: number;
  avgProcessingDays: number | null;
  rated: number;
  satisfied: number;
  avgRating: number | null;
};

/**
 * The public processing statistics (after Decision 766/QĐ-TTg), per field and month: a dossier counts in
 * the month it was received; early / on time / late compare the result date with the due date (a result on
 * the due day is on time); "in progress, late" is as of `now`; on-time rate = (early + on time) / finished.
 */
export async function getDossierStatistics(opts: { fieldSlug?: string; month?: string; months?: number }, now = new Date()): Promise<MonthStatistics[]> {
  const db = await getDb();
  const vnMonth = sql<string>`to_char((${dossiers.submittedAt} at time zone 'UTC') + interval '7 hours', 'YYYY-MM')`;
  const vnDay = (col: SQL | typeof dossiers.resultAt) => sql`((${col} at time zone 'UTC') + interval '7 hours')::date`;
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const finished = sql`${dossiers.resultAt} is not null and ${dossiers.status} in ('done', 'returned')`;
  const open = sql`${dossiers.status} in ('submitted','accepted','processing','supplement_requested')`;
  const conditions: SQL[] = [];
  if (opts.fieldSlug) conditions.push(eq(serviceFields.slug, opts.fieldSlug));
  if (opts.month) conditions.push(sql`${vnMonth} = ${opts.month}`);
  else {
    // The last `months` months (12 by default), so the page stays small however old the records are.
    const since = new Date(now.getTime() - (opts.months ?? 12) * 31 * DAY_MS);
    conditions.push(gte(dossiers.submittedAt, since), lte(dossiers.submittedAt, now));
  }
  const rows = await db
    .select({
      month: vnMonth,
      fieldId: serviceFields.id,
      fieldName: serviceFields.name,
      received: count(),
      online: sql<number>`count(*) filter (where ${dossiers.channel} = 'online')`.mapWith(Number),
      finished: sql<number>`count(*) filter (where ${finished})`.mapWith(Number),
      early: sql<number>`count(*) filter (where ${finished} and ${vnDay(dossiers.resultAt)} < ${vnDay(sql`${dossiers.dueAt}`)})`.mapWith(Number),
      onTime: sql<number>`count(*) filter (where ${finished} and ${vnDay(dossiers.resultAt)} = ${vnDay(sql`${dossiers.dueAt}`)} and ${dossiers.resultAt} <= ${dossiers.dueAt})`.mapWith(Number),
      late: sql<number>`count(*) filter (where ${finished} and ${dossiers.resultAt} > ${dossiers.dueAt})`.mapWith(Number),
      inProgressOnTime: sql<number>`count(*) filter (where ${open} and coalesce(${dossiers.pausedAt}, ${nowSql}) <= ${dossiers.dueAt})`.mapWith(Number),
      inProgressLate: sql<number>`count(*) filter (where ${open} and coalesce(${dossiers.pausedAt}, ${nowSql}) > ${dossiers.dueAt})`.mapWith(Number),
      avgProcessingDays: sql<number | null>`round((avg(extract(epoch from (${dossiers.resultAt} - ${dossiers.submittedAt}))) filter (where ${finished}) / 86400)::numeric, 1)`.mapWith((v) => (v === null ? null : Number(v))),
      rated: sql<number>`count(${dossiers.rating})`.mapWith(Number),
      satisfied: sql<number>`count(*) filter (where ${dossiers.rating} >= 4)`.mapWith(Number),
      avgRating: sql<number | null>`round(avg(${dossiers.rating})::numeric, 2)`.mapWith((v) => (v === null ? null : Number(v))),
    })
    .from(dossiers)
    .innerJoin(serviceFields, eq(serviceFields.id, dossiers.fieldId))
    .where(and(...conditions))
    .groupBy(vnMonth, serviceFields.id, serviceFields.name)
    .orderBy(desc(vnMonth), asc(serviceFields.name));
  return rows;
}

