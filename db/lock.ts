// Exclusive lock on the embedded database folder. PGlite has no lock of its own and two processes on one
// data directory silently lose rows, so every opener (server or CLI) must hold this lock first.
import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";

export class DataDirLockedError extends Error {
  readonly code = "DATA_DIR_LOCKED";
  constructor(dir: string) {
    super(
      `The embedded database in "${dir}" is in use by another process (is the portal server running?). ` +
        `Stop that process first, or set DATABASE_URL to use a PostgreSQL server. Nothing was changed.`,
    );
    this.name = "DataDirLockedError";
  }
}

// A lock whose holder stopped refreshing it for this long (a crashed process) is taken over.
const STALE_MS = 15_000;

export async function acquireDataDirLock(dir: string): Promise<() => Promise<void>> {
  fs.mkdirSync(dir, { recursive: true });
  try {
    return await lockfile.lock(dir, {
      lockfilePath: path.join(dir, "pglite.lock"),
      realpath: false,
      stale: STALE_MS,
      update: STALE_MS / 3,
      onCompromised: (err) => {
        // Someone removed or took our lock: continuing would risk the data, so stop at once.
        console.error(`Lost the lock on ${dir}: ${err.message}. Stopping to protect the data.`);
        process.exit(70);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOCKED") throw new DataDirLockedError(dir);
    throw err;
  }
}
