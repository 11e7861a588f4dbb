// First-start accounts and the demo accounts' rule. Demo accounts (published passwords) exist only with
// the demo content and never in production on a server database; they must change their password at first
// sign-in, and the start-up message prints their credentials only while those still work. Where demo
// accounts are not allowed, any left from an earlier demo start that nobody took over is deactivated.
import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { demoUsers } from "@/db/seed-data/demo-users";
import { writeAudit } from "@/lib/audit";
import { verifyPassword } from "@/lib/auth/password";
import { SYSTEM_ACTOR } from "@/lib/auth/permissions";
import { findUserByEmail } from "@/lib/auth/users";
import { createInitialUser } from "./mutations";

/** Demo accounts go with the demo content, and never with NODE_ENV=production on a server database. */
export function demoAccountsAllowed(demoContent: boolean, e: { NODE_ENV: string; DATABASE_URL?: string }): boolean {
  return demoContent && !(e.NODE_ENV === "production" && !!e.DATABASE_URL);
}

export type InitialUsersOptions = { seedAdmin?: { email: string; password: string }; demoAccounts: boolean };

/**
 * On a database without users: the administrator from SEED_ADMIN_* and, where allowed, the demo accounts.
 * Returns the sign-in lines for the start-up message.
 */
export async function ensureInitialUsers(db: Db, options: InitialUsersOptions): Promise<string[]> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n === 0) {
    if (options.seedAdmin) await createInitialUser({ ...options.seedAdmin, name: "Quản trị viên", role: "admin" });
    if (options.demoAccounts) for (const u of demoUsers) await createInitialUser({ ...u, mustChangePassword: true });
  }
  if (!options.demoAccounts) await retireDemoAccounts(db);

  const lines: string[] = [];
  if (options.seedAdmin) lines.push(`  Administrator: ${options.seedAdmin.email} (password from SEED_ADMIN_PASSWORD)`);
  if (options.demoAccounts) {
    for (const d of demoUsers) {
      const u = await findUserByEmail(d.email);
      // Print a demo password only while it still works (nobody changed it).
      if (u?.active && u.mustChangePassword && (await verifyPassword(u.passwordHash, d.password))) {
        lines.push(`  ${d.role === "admin" ? "Administrator" : "Editor (staff)"}: ${d.email} / ${d.password} (to be changed at first sign-in)`);
      }
    }
  }
  if (!lines.length && n === 0) lines.push("  No user exists: set SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD and restart.");
  return lines;
}

/** Deactivates demo accounts still waiting for their first password change (their password is public). */
async function retireDemoAccounts(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const stale = await tx
      .update(users)
      .set({ active: false })
      .where(and(inArray(users.email, demoUsers.map((d) => d.email)), eq(users.mustChangePassword, true), eq(users.active, true)))
      .returning({ id: users.id, email: users.email });
    for (const u of stale) {
      await writeAudit(tx, SYSTEM_ACTOR, { action: "user.deactivate", entity: "user", entityId: u.id, before: { email: u.email, active: true }, after: { email: u.email, active: false } });
    }
  });
}
