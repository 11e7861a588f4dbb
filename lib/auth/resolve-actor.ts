// Turns a decoded session token into the acting user, checked against the database: the rule that makes
// JWT sessions end at once on sign-out, deactivation, role or password change. Free of next-auth and of
// the request, so it is tested directly (tests/int/auth/session.test.ts).
import "server-only";
import { findUserById } from "./users";
import type { Actor } from "./permissions";

/**
 * The acting user for a decoded session token, checked against the database: the account must exist, be
 * active, and carry the same session version as the token. Separate from next-auth so it can be tested.
 */
export async function resolveActor(
  session: { user?: { id?: string }; sv?: number } | null,
  from: { ip: string; userAgent: string },
): Promise<Actor | null> {
  const id = Number(session?.user?.id);
  if (!session || !Number.isInteger(id) || id <= 0) return null;
  const user = await findUserById(id);
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, ...from };
}

