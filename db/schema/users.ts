// Staff accounts. `sessionVersion` is copied into each session token and checked on every admin request:
// bumping it (sign-out, deactivation, role or password change) ends every session of the user at once.
import { sql } from "drizzle-orm";
import { boolean, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`)],
);

export type User = typeof users.$inferSelect;
export type Role = (typeof userRole.enumValues)[number];
