// Staff accounts, their sessions, second step and sign-in failures. `sessionVersion` is copied into each
// session token and checked on every admin request: bumping it (sign-out, deactivation, role or password
// change, a reset of the second step) ends every session of the user at once. Each session also has a row
// in user_sessions, so it ends after a period without requests (SESSION_IDLE_MINUTES).
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["staff", "admin"]);

export const users = pgTable(
  "users",
  {
    id: serial().primaryKey(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: userRole().notNull().default("staff"),
    active: boolean().notNull().default(true),
    sessionVersion: integer().notNull().default(1),
    // Demo accounts (known passwords): the admin area sends them to /admin/account until it is changed.
    mustChangePassword: boolean().notNull().default(false),
    // The TOTP key, AES-256-GCM under a key derived from the server secret (lib/auth/secret-box.ts): a
    // database dump alone does not reveal it. `totpPendingSecret` is the key being enrolled, not yet confirmed.
    totpSecret: text(),
    totpPendingSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    // The last time step accepted, so a code cannot be used twice (replay).
    totpLastStep: integer(),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`)],
);

/**
 * One row per sign-in. The token carries a random session id; only its SHA-256 is stored. A row is made
 * after every check has passed and claimed once by next-auth's credentials provider within a minute.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    idHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    claimedAt: timestamp({ withTimezone: true }),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
    ip: text().notNull().default(""),
    userAgent: text().notNull().default(""),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId), index("user_sessions_created_idx").on(t.createdAt)],
);

/** Single-use recovery codes for the second step: only keyed hashes are stored, the codes are shown once. */
export const userRecoveryCodes = pgTable(
  "user_recovery_codes",
  {
    id: serial().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("user_recovery_codes_user_code_unique").on(t.userId, t.codeHash)],
);

/**
 * Failed sign-ins counted per (typed e-mail, address, hour), for the administrators' "repeated failures"
 * block: one row per pair and hour whatever the number of attempts, rows older than two days purged, so an
 * attack cannot flood it (nor the audit log, which records no failures).
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    email: text().notNull(),
    address: text().notNull(),
    hourStart: timestamp({ withTimezone: true }).notNull(),
    count: integer().notNull().default(0),
    lastAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.address, t.hourStart] }), index("sign_in_failures_hour_idx").on(t.hourStart)],
);

export type User = typeof users.$inferSelect;
export type Role = (typeof userRole.enumValues)[number];
export type UserSession = typeof userSessions.$inferSelect;
