// The one transaction kernel: every write in lib/ runs its work through runInTransaction. A Refusal thrown
// inside rolls everything back and comes out as field errors; a constraint violation becomes a Vietnamese
// field error (the write names its own messages per constraint); a serialization failure, or a unique
// violation the write says it can recompute (a slug race), is retried a few times. After commit it waits for
// the audit anchor to catch up with any entry the work wrote (lib/audit/anchor.ts).
import "server-only";
import { getDb, type Db } from "@/db/client";
import { settleAuditAnchor } from "@/lib/audit/anchor";
import { isRetryable, isUniqueViolation, violationErrors, type ViolationMessages } from "./db-errors";
import { fail, ok, Refusal, type Result } from "./result";

/** A transaction handle, as drizzle gives it to `db.transaction`'s callback. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type TransactionOptions = {
  /** Field errors for the constraint violations this write can cause, by constraint name or SQLSTATE. */
  violations?: ViolationMessages;
  /** Retry once or twice on a unique violation (the work picks another free value on the next run). */
  retryUnique?: boolean;
  /** Test seam and for CLIs with their own handle; defaults to the process's database. */
  db?: Db;
};

const MAX_ATTEMPTS = 3;

export async function runInTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<Result<T>> {
  const db = options.db ?? (await getDb());
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await db.transaction(work);
      await settleAuditAnchor();
      return ok(value);
    } catch (err) {
      if (err instanceof Refusal) return fail(err.errors);
      if (attempt < MAX_ATTEMPTS && (isRetryable(err) || (options.retryUnique && isUniqueViolation(err)))) continue;
      const errors = violationErrors(err, options.violations);
      if (errors) return fail(errors);
      throw err;
    }
  }
}
