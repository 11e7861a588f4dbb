// The one limit primitive: a fixed-window counter in Postgres that counts a hit and decides in a single
// statement (an upsert returning the new count), so concurrent requests cannot all slip under the limit, and
// callers ask it before any expensive work. Shared by every server instance; expired counters are pruned.
import "server-only";
import { lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { logger } from "@/lib/logger";

export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/** Counts one hit on `key` and says whether it is within `limit` hits per `windowSeconds`. */
export async function hitRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const db = await getDb();
  const window = sql`make_interval(secs => ${windowSeconds})`;
  const expired = sql`${rateLimits.windowStart} <= now() - ${window}`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStart: sql`now()`, expiresAt: sql`now() + ${window}` })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${rateLimits.windowStart} end`,
        expiresAt: sql`case when ${expired} then now() + ${window} else ${rateLimits.expiresAt} end`,
      },
    })
    .returning({
      count: rateLimits.count,
      retryAfter: sql<number>`greatest(0, ceil(extract(epoch from (${rateLimits.windowStart} + ${window} - now()))))::int`,
    });
  return { allowed: row.count <= limit, count: row.count, retryAfterSeconds: Number(row.retryAfter) };
}

/** Drops counters whose window has ended (they would restart at 1 anyway). */
export async function pruneRateLimits(): Promise<number> {
  const db = await getDb();
  const gone = await db.delete(rateLimits).where(lt(rateLimits.expiresAt, sql`now()`)).returning({ key: rateLimits.key });
  return gone.length;
}

const g = globalThis as unknown as { __rateLimitPruner?: NodeJS.Timeout };

/** Prunes once an hour inside the server process (lib/boot starts it); never keeps the process alive. */
export function startRateLimitPruning(everyMs = 3600_000): void {
  if (g.__rateLimitPruner) return;
  g.__rateLimitPruner = setInterval(() => {
    pruneRateLimits().catch((err: unknown) => logger.warn({ err }, "pruning rate limits failed"));
  }, everyMs);
  g.__rateLimitPruner.unref();
}
