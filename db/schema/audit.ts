// Audit log: append-only (a trigger refuses UPDATE and DELETE), each entry chained to the previous one by a
// hash, so that any later edit of a row is detectable (npm run audit:verify; lib/audit).
import { bigserial, index, integer, jsonb, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    actorId: integer().references(() => users.id, { onDelete: "set null" }),
    actorEmail: text().notNull().default(""),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull().default(""),
    before: jsonb(),
    after: jsonb(),
    ip: text().notNull().default(""),
    userAgent: text().notNull().default(""),
    prevHash: text().notNull(),
    hash: text().notNull(),
    // How `hash` was made (lib/audit/chain.ts): 1 = plain SHA-256 (entries of older installs), 2 = HMAC-SHA-256
    // under AUDIT_KEY. No default: every insert says which it used.
    scheme: smallint().notNull(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at.desc()),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    index("audit_log_actor_idx").on(t.actorId),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
