// The e-mail outbox: every message the portal sends an applicant is first a row here, written in the same
// transaction as the change it reports (a transactional outbox: no message about a change that was rolled
// back, no change whose message is lost). The sender in the server process delivers pending rows by SMTP;
// without SMTP_URL they are kept for staff to read at /admin/outbox.
import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** pending: to send (again at next_attempt_at); sent; failed: gave up after the last retry; kept: no SMTP. */
export const mailStatus = pgEnum("mail_status", ["pending", "sent", "failed", "kept"]);

export const outbox = pgTable(
  "outbox",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** What the message is about (lib/mail/kinds.ts), e.g. dossier_received. */
    kind: text().notNull(),
    recipient: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    htmlBody: text(),
    /** The record the message concerns, e.g. ("dossier", "123"): opening such a message is audited. */
    relatedEntity: text(),
    relatedId: text(),
    status: mailStatus().notNull(),
    attempts: integer().notNull().default(0),
    /** The SMTP error of the last failed attempt, for staff; never shown to citizens. */
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    /** The Message-ID the SMTP server accepted, to find the message in the server's logs. */
    messageId: text(),
  },
  (t) => [
    index("outbox_pending_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("outbox_status_created_idx").on(t.status, t.createdAt.desc()),
    index("outbox_created_idx").on(t.createdAt.desc()),
    index("outbox_related_idx").on(t.relatedEntity, t.relatedId),
    check("outbox_sent_has_time", sql`${t.status} <> 'sent' or ${t.sentAt} is not null`),
  ],
);

export type OutboxMessage = typeof outbox.$inferSelect;
export type MailStatus = (typeof mailStatus.enumValues)[number];
