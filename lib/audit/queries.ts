// Reads of the audit log for administrators ("audit.read"): filtered, paginated newest first, and the
// integrity check of the keyed chain against its anchor. Filter dates are calendar days in
// Asia/Ho_Chi_Minh, whatever the server's own time zone.
import "server-only";
import { and, count, desc, eq, gte, like, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { DAY_MS, parseVietnamDate } from "@/lib/time";
import { verifyAuditChain, type AuditVerification } from "./index";
import { paginate } from "@/lib/pagination";

export const AUDIT_PAGE_SIZE = 25;

/** Filters as typed in the reader's form (query string); every one optional. */
export type AuditFilters = {
  actorEmail?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  /** dd/mm/yyyy or yyyy-mm-dd, a day in Asia/Ho_Chi_Minh (inclusive). */
  from?: string;
  /** dd/mm/yyyy or yyyy-mm-dd, a day in Asia/Ho_Chi_Minh (inclusive). */
  to?: string;
  page?: unknown;
};

export type AuditFilterField = "actorEmail" | "action" | "entity" | "entityId" | "from" | "to";

export type AuditListItem = {
  id: number;
  at: Date;
  actorId: number | null;
  actorEmail: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string;
  userAgent: string;
};

export type AuditPage = {
  entries: AuditListItem[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** Filters that could not be understood (Vietnamese, by field). When present, nothing is listed: a
   * silently ignored date filter would show records the reader did not ask for. */
  errors: Partial<Record<AuditFilterField, string>>;
};

const clean = (v: string | undefined, max: number) => (v ?? "").replace(/[\u0000-\u001f]/g, "").trim().slice(0, max);
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A page of the audit log, newest first, narrowed by the filters. */
export async function listAuditEntries(actor: Actor | null, filters: AuditFilters = {}): Promise<AuditPage> {
  assertCan(actor, "audit.read");
  const errors: AuditPage["errors"] = {};
  const where: SQL[] = [];

  const email = clean(filters.actorEmail, 254).toLowerCase();
  if (email) where.push(sql`lower(${auditLog.actorEmail}) like ${`%${escapeLike(email)}%`}`);
  // "user" finds every user.* action; "user.create" exactly that one.
  const action = clean(filters.action, 100);
  if (action) where.push(or(eq(auditLog.action, action), like(auditLog.action, `${escapeLike(action)}.%`))!);
  const entity = clean(filters.entity, 100);
  if (entity) where.push(eq(auditLog.entity, entity));
  const entityId = clean(filters.entityId, 100);
  if (entityId) where.push(eq(auditLog.entityId, entityId));

  const fromText = clean(filters.from, 20);
  const toText = clean(filters.to, 20);
  const from = fromText ? parseVietnamDate(fromText) : null;
  const toStart = toText ? parseVietnamDate(toText) : null;
  if (fromText && !from) errors.from = "Ngày không hợp lệ (nhập dd/mm/yyyy).";
  if (toText && !toStart) errors.to = "Ngày không hợp lệ (nhập dd/mm/yyyy).";
  if (from && toStart && toStart < from) errors.to = "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.";
  if (from) where.push(gte(auditLog.at, from));
  // "to" is inclusive: everything before the next day starts.
  if (toStart) where.push(lt(auditLog.at, new Date(toStart.getTime() + DAY_MS)));

  const pageSize = AUDIT_PAGE_SIZE;
  if (Object.keys(errors).length) return { entries: [], total: 0, page: 1, pageCount: 1, pageSize, errors };

  const db = await getDb();
  const condition = where.length ? and(...where) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(condition);
  const { page, pageCount, offset } = paginate(total, filters.page, pageSize);
  const entries = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorEmail: auditLog.actorEmail,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
    })
    .from(auditLog)
    .where(condition)
    // The id follows the chain order; `at` is taken in the application and two writers may disagree by a
    // few milliseconds.
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset(offset);
  return { entries, total, page, pageCount, pageSize, errors };
}

/** The actions and entities present in the log, for the filter form's lists. */
export async function listAuditFacets(actor: Actor | null): Promise<{ actions: string[]; entities: string[] }> {
  assertCan(actor, "audit.read");
  const db = await getDb();
  const [actions, entities] = await Promise.all([
    db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action),
    db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity),
  ]);
  return { actions: actions.map((r) => r.v), entities: entities.map((r) => r.v) };
}

/** The reader's integrity check: the same verification as `npm run audit:verify` (chain, key and anchor). */
export async function checkAuditChain(actor: Actor | null): Promise<AuditVerification> {
  assertCan(actor, "audit.read");
  return verifyAuditChain(await getDb());
}
