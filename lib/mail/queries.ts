// Outbox reads for staff ("outbox.read"): the list, newest first, filtered by status, and one message in full.
// Every message holds an applicant's address and often their dossier: opening one writes an "outbox.open" audit
// entry first (no entry, no message), as downloading a dossier's file does.
import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { outbox, type MailStatus, type OutboxMessage } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { paginate } from "@/lib/pagination";
import { MAIL_STATUS_LABELS } from "./kinds";

export const OUTBOX_PAGE_SIZE = 25;

export type OutboxListItem = Pick<OutboxMessage, "id" | "createdAt" | "kind" | "recipient" | "subject" | "status" | "attempts" | "sentAt" | "relatedEntity" | "relatedId">;

export type OutboxPage = { items: OutboxListItem[]; total: number; page: number; pageCount: number; status: MailStatus | null };

const isStatus = (s: unknown): s is MailStatus => typeof s === "string" && s in MAIL_STATUS_LABELS;

/** A page of the outbox, newest first; an unknown status filter lists everything. */
export async function listOutbox(actor: Actor | null, filters: { status?: string; page?: unknown } = {}): Promise<OutboxPage> {
  assertCan(actor, "outbox.read");
  const db = await getDb();
  const status = isStatus(filters.status) ? filters.status : null;
  const where = status ? eq(outbox.status, status) : undefined;
  const [{ n }] = await db.select({ n: count() }).from(outbox).where(where);
  const win = paginate(n, filters.page, OUTBOX_PAGE_SIZE);
  const items = await db
    .select({
      id: outbox.id,
      createdAt: outbox.createdAt,
      kind: outbox.kind,
      recipient: outbox.recipient,
      subject: outbox.subject,
      status: outbox.status,
      attempts: outbox.attempts,
      sentAt: outbox.sentAt,
      relatedEntity: outbox.relatedEntity,
      relatedId: outbox.relatedId,
    })
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(win.pageSize)
    .offset(win.offset);
  return { items, total: n, page: win.page, pageCount: win.pageCount, status };
}

/** One message in full, or null for an unknown id. The opening is audited before the message is returned. */
export async function openOutboxMessage(actor: Actor | null, id: number | string): Promise<OutboxMessage | null> {
  assertCan(actor, "outbox.read");
  const n = typeof id === "number" ? id : /^[1-9]\d{0,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n)) return null;
  const db = await getDb();
  const [message] = await db.select().from(outbox).where(eq(outbox.id, n));
  if (!message) return null;
  await writeAudit(db, actor, {
    action: "outbox.open",
    entity: "mail",
    entityId: message.id,
    after: { kind: message.kind, recipient: message.recipient, related: message.relatedEntity ? `${message.relatedEntity}:${message.relatedId}` : null },
  });
  return message;
}
