// Shared wrapper for command-line tools: opens the configured database (taking the embedded data-directory
// lock), runs the task, closes, and turns a held lock into a clear message and exit code 1.
import { closeDb, getDbHandle, type Db } from "@/db/client";
import { DataDirLockedError } from "@/db/lock";
import { settleAuditAnchor } from "@/lib/audit/anchor";

export async function runCli(name: string, task: (h: { db: Db; kind: "pglite" | "postgres" }) => Promise<void>): Promise<void> {
  try {
    const handle = await getDbHandle();
    await task(handle);
    // An audit entry written by the task is anchored before the database closes.
    await settleAuditAnchor();
    await closeDb();
  } catch (err) {
    await closeDb().catch(() => {});
    if (err instanceof DataDirLockedError) {
      console.error(`${name}: ${err.message}`);
      process.exit(1);
    }
    console.error(`${name} failed:`, err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
