// Whether the portal can serve: the database answers a trivial query within a deadline. The health route
// (app/api/health) asks here, so no handler opens the database handle itself.
import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { logger } from "@/lib/logger";

export type Health = { status: "ok" } | { status: "error" };

export async function checkHealth(timeoutMs = 2000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const db = await getDb();
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database timeout")), timeoutMs);
      }),
    ]);
    return { status: "ok" };
  } catch (err) {
    logger.error({ err }, "health check failed");
    return { status: "error" };
  } finally {
    clearTimeout(timer);
  }
}
