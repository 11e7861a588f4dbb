// Fixed-window counters kept in Postgres, so limits hold across server instances and restarts. Each row
// knows when its window ends, so expired counters can be pruned (lib/rate-limit).
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    windowStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
    count: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_limits_expires_idx").on(t.expiresAt)],
);
