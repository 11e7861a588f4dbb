// Turns a decoded session token into the acting user, checked against the database: the rule that makes
// JWT sessions end at once on sign-out, deactivation, role or password change, and after a period without
// requests. Free of next-auth and of the request, so it is tested directly (tests/int/auth/session.test.ts).
import "server-only";
import type { User } from "@/db/schema";
import { findLiveSession } from "./sessions";
import { hasSecondStep } from "./users";
import type { Actor } from "./permissions";

/** What the account must do before the admin area opens: change a known password, enrol a second step. */
export type Obligation = "change_password" | "enrol_second_step";

export type SessionState = { actor: Actor; obligation: Obligation | null };

export type SessionToken = { user?: { id?: string }; sv?: number; sid?: string } | null;

export function obligationOf(user: Pick<User, "role" | "mustChangePassword" | "totpSecret" | "totpEnabledAt">): Obligation | null {
  if (user.mustChangePassword) return "change_password";
  if (user.role === "admin" && !hasSecondStep(user)) return "enrol_second_step";
  return null;
}

/**
 * The session a decoded token stands for: the account must exist, be active and carry the token's session
 * version, and the token's session must be live (claimed, not ended, not idle: lib/auth/sessions.ts).
 */
export async function resolveSession(session: SessionToken, from: { ip: string; userAgent: string }, now = new Date()): Promise<SessionState | null> {
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id) || id <= 0 || typeof session.sid !== "string") return null;
  const user = await findLiveSession(session.sid, id, now);
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return { actor: { id: user.id, email: user.email, name: user.name, role: user.role, ...from }, obligation: obligationOf(user) };
}

/** The acting user of a live session, whatever it still has to do (see resolveSession). */
export async function resolveActor(session: SessionToken, from: { ip: string; userAgent: string }, now = new Date()): Promise<Actor | null> {
  return (await resolveSession(session, from, now))?.actor ?? null;
}
