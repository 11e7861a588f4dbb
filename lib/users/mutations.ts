// User management. Administrators create users, change roles, deactivate and reset passwords; everyone
// changes their own password. Each change bumps the session version where it must end sessions, runs in
// one transaction and writes its audit entry. Input is parsed here (lib/kernel/parse.ts), whoever calls.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { AuditEvent } from "@/lib/audit/vocabulary";
import { assertCan, SYSTEM_ACTOR, type Actor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changeOwnPasswordInput, changeRoleInput, newUserInput, resetPasswordInput, userIdInput } from "@/lib/auth/validation";
import { fail, parseInput, refuse, runInTransaction, type Result } from "@/lib/kernel";
import { hitRateLimit } from "@/lib/rate-limit";

export type { Result as MutationResult } from "@/lib/kernel";

const EMAIL_TAKEN = { email: "Email này đã được dùng cho một tài khoản khác." };
const NOT_FOUND = { userId: "Không tìm thấy tài khoản." };

const publicUser = (u: User) => ({ id: u.id, email: u.email, name: u.name, role: u.role, active: u.active });

export async function createUser(actor: Actor | null, input: { email: string; name: string; password: string; role: string }): Promise<Result<{ id: number }>> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(newUserInput, input);
  if (!parsed.ok) return parsed;
  const { email, name, role, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  return runInTransaction(
    async (tx) => {
      const [u] = await tx.insert(users).values({ email, name, role, passwordHash }).returning();
      await writeAudit(tx, actor, { action: "user.create", entity: "user", entityId: u.id, after: publicUser(u) });
      return { id: u.id };
    },
    { violations: { users_email_lower_unique: EMAIL_TAKEN } },
  );
}

async function updateUser(actor: Actor, userId: number, action: AuditEvent, change: (u: User) => Partial<typeof users.$inferInsert>): Promise<Result> {
  return runInTransaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!before) refuse(NOT_FOUND);
    const [after] = await tx
      .update(users)
      .set({ ...change(before), updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning();
    await writeAudit(tx, actor, { action, entity: "user", entityId: userId, before: publicUser(before), after: publicUser(after) });
  });
}

export async function changeUserRole(actor: Actor | null, userId: number | string, role: string): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(changeRoleInput, { userId, role });
  if (!parsed.ok) return parsed;
  const { userId: id, role: next } = parsed.data;
  if (id === actor.id && next !== "admin") return fail({ role: "Bạn không thể tự bỏ quyền quản trị của mình." });
  return updateUser(actor, id, "user.change_role", (u) => ({ role: next, sessionVersion: u.sessionVersion + 1 }));
}

export async function setUserActive(actor: Actor | null, userId: number | string, active: boolean): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(userIdInput, { userId });
  if (!parsed.ok) return fail(NOT_FOUND);
  const id = parsed.data.userId;
  if (id === actor.id && !active) return fail({ userId: "Bạn không thể tự khóa tài khoản của mình." });
  return updateUser(actor, id, active ? "user.activate" : "user.deactivate", (u) => ({ active, sessionVersion: u.sessionVersion + 1 }));
}

export async function resetUserPassword(actor: Actor | null, userId: number | string, password: string): Promise<Result> {
  assertCan(actor, "users.manage");
  const parsed = parseInput(resetPasswordInput, { userId, password });
  if (!parsed.ok) return parsed;
  const passwordHash = await hashPassword(parsed.data.password);
  return updateUser(actor, parsed.data.userId, "user.reset_password", (u) => ({ passwordHash, sessionVersion: u.sessionVersion + 1 }));
}

// A stolen session must not become a way to guess the account's password through this form.
const OWN_PASSWORD_ATTEMPTS = { limit: 10, windowSeconds: 15 * 60 } as const;

export async function changeOwnPassword(actor: Actor | null, currentPassword: string, password: string, confirm: string = password): Promise<Result> {
  assertCan(actor, "account.update");
  const parsed = parseInput(changeOwnPasswordInput, { currentPassword, password, confirm });
  if (!parsed.ok) return parsed;
  const attempt = await hitRateLimit(`account:password:${actor.id}`, OWN_PASSWORD_ATTEMPTS.limit, OWN_PASSWORD_ATTEMPTS.windowSeconds);
  if (!attempt.allowed) {
    const minutes = Math.max(1, Math.ceil(attempt.retryAfterSeconds / 60));
    return fail({ currentPassword: `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.` });
  }
  const db = await getDb();
  const [me] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!me || !(await verifyPassword(me.passwordHash, parsed.data.currentPassword))) {
    return fail({ currentPassword: "Mật khẩu hiện tại không đúng." });
  }
  const passwordHash = await hashPassword(parsed.data.password);
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

/** First start: the first administrator (from SEED_ADMIN_* or the demo accounts), recorded as a system entry. */
export async function createInitialUser(input: { email: string; name: string; password: string; role: "staff" | "admin" }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [u] = await tx.insert(users).values({ ...input, email: input.email.toLowerCase(), passwordHash }).onConflictDoNothing().returning();
    if (u) await writeAudit(tx, SYSTEM_ACTOR, { action: "user.create", entity: "user", entityId: u.id, after: publicUser(u) });
  });
}
