// User management. Administrators create users, change roles, deactivate and reset passwords; everyone
// changes their own password. Each change bumps the session version where it must end sessions, runs in
// one transaction and writes its audit entry.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { findUserByEmail } from "@/lib/auth/users";
import { hitRateLimit } from "@/lib/rate-limit";

export type FieldErrors = Record<string, string>;
export type MutationResult<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const publicUser = (u: typeof users.$inferSelect) => ({ id: u.id, email: u.email, name: u.name, role: u.role, active: u.active });

export async function createUser(actor: Actor | null, input: { email: string; name: string; password: string; role: Role }): Promise<MutationResult<{ id: number }>> {
  assertCan(actor, "users.manage");
  if (await findUserByEmail(input.email)) return { ok: false, errors: { email: "Email này đã được dùng cho một tài khoản khác." } };
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [u] = await tx.insert(users).values({ email: input.email, name: input.name, role: input.role, passwordHash }).returning();
      await writeAudit(tx, actor, { action: "user.create", entity: "user", entityId: u.id, after: publicUser(u) });
      return { ok: true as const, value: { id: u.id } };
    });
  } catch (err) {
    if ((err as { code?: string }).code === "23505" || /unique/i.test(String((err as Error).message))) {
      return { ok: false, errors: { email: "Email này đã được dùng cho một tài khoản khác." } };
    }
    throw err;
  }
}

async function updateUser(
  actor: Actor,
  userId: number,
  action: string,
  change: (u: typeof users.$inferSelect) => Partial<typeof users.$inferInsert>,
): Promise<MutationResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!before) return { ok: false as const, errors: { userId: "Không tìm thấy tài khoản." } };
    const [after] = await tx
      .update(users)
      .set({ ...change(before), updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning();
    await writeAudit(tx, actor, { action, entity: "user", entityId: userId, before: publicUser(before), after: publicUser(after) });
    return { ok: true as const, value: undefined };
  });
}

export async function changeUserRole(actor: Actor | null, userId: number, role: Role): Promise<MutationResult> {
  assertCan(actor, "users.manage");
  if (userId === actor.id && role !== "admin") return { ok: false, errors: { role: "Bạn không thể tự bỏ quyền quản trị của mình." } };
  return updateUser(actor, userId, "user.change_role", (u) => ({ role, sessionVersion: u.sessionVersion + 1 }));
}

export async function setUserActive(actor: Actor | null, userId: number, active: boolean): Promise<MutationResult> {
  assertCan(actor, "users.manage");
  if (userId === actor.id && !active) return { ok: false, errors: { userId: "Bạn không thể tự khóa tài khoản của mình." } };
  return updateUser(actor, userId, active ? "user.activate" : "user.deactivate", (u) => ({ active, sessionVersion: u.sessionVersion + 1 }));
}

export async function resetUserPassword(actor: Actor | null, userId: number, password: string): Promise<MutationResult> {
  assertCan(actor, "users.manage");
  const passwordHash = await hashPassword(password);
  return updateUser(actor, userId, "user.reset_password", (u) => ({ passwordHash, sessionVersion: u.sessionVersion + 1 }));
}

// A stolen session must not become a way to guess the account's password through this form.
const OWN_PASSWORD_ATTEMPTS = { limit: 10, windowSeconds: 15 * 60 } as const;

export async function changeOwnPassword(actor: Actor | null, currentPassword: string, password: string): Promise<MutationResult> {
  assertCan(actor, "account.update");
  const attempt = await hitRateLimit(`account:password:${actor.id}`, OWN_PASSWORD_ATTEMPTS.limit, OWN_PASSWORD_ATTEMPTS.windowSeconds);
  if (!attempt.allowed) {
    const minutes = Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60));
    return { ok: false, errors: { currentPassword: `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.` } };
  }
  const db = await getDb();
  const [me] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!me || !(await verifyPassword(me.passwordHash, currentPassword))) {
    return { ok: false, errors: { currentPassword: "Mật khẩu hiện tại không đúng." } };
  }
  const passwordHash = await hashPassword(password);
  return updateUser(actor, actor.id, "user.change_own_password", (u) => ({ passwordHash, sessionVersion: u.sessionVersion + 1 }));
}

/** Ends every session of the actor (used by sign-out, so a copied token dies with it). */
export async function endAllSessions(actor: Actor | null): Promise<void> {
  if (!actor) return;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, actor.id));
    await writeAudit(tx, actor, { action: "auth.sign_out", entity: "user", entityId: actor.id });
  });
}

/** First start: the first administrator (from SEED_ADMIN_* or the demo accounts); no actor, not audited
 * as a user action but recorded as a system entry. */
export async function createInitialUser(input: { email: string; name: string; password: string; role: Role }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [u] = await tx.insert(users).values({ ...input, email: input.email.toLowerCase(), passwordHash }).onConflictDoNothing().returning();
    if (u) {
      await writeAudit(tx, { id: null, email: "system", ip: "", userAgent: "" }, { action: "user.create", entity: "user", entityId: u.id, after: publicUser(u) });
    }
  });
}
