// Private files kept in Postgres (a dossier's documents, later other papers): never served publicly, only
// to signed-in staff through /files/[id], each download audited. Public images live in `media` instead.
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./types";
import { users } from "./users";

export const privateFiles = pgTable(
  "private_files",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    /** The upload kind it was checked as (lib/uploads/kinds.ts). */
    kind: text().notNull(),
    /** Safe display name ending in the detected type's extension (never the uploaded name as sent). */
    filename: text().notNull(),
    mimeType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    data: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The staff member who stored it; null for a citizen's upload (no account) or a deleted user. */
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("private_files_created_at_idx").on(t.createdAt),
    check("private_files_byte_size_check", sql`${t.byteSize} = octet_length(${t.data})`),
  ],
);

export type PrivateFile = typeof privateFiles.$inferSelect;
