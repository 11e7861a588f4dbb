// Guards. The current user is the session's user only if the account still exists, is active, its session
// version matches the token's and its session is live: anything else is treated as signed out. A session
// with an obligation (a demo password to change, an administrator's second step to enrol) opens only
// /admin/account and its actions until it is met: pages are sent there, actions refused, here on the server.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { auth } from "./next-auth";
import { resolveActor, resolveSession, type Obligation, type SessionState } from "./resolve-actor";
import { AuthorizationError, can, type Actor, type Permission } from "./permissions";
import { clientAddress } from "@/lib/http/request";

export { resolveActor, resolveSession };

export const ACCOUNT_PAGE = "/admin/account";

export const OBLIGATION_MESSAGES: Record<Obligation, string> = {
  change_password: "Vui lòng đổi mật khẩu trước khi tiếp tục.",
  enrol_second_step: "Quản trị viên phải thiết lập xác thực hai bước trước khi tiếp tục.",
};

/** The request's session (once per request: the layout and the page share one database check). */
export const getSessionState = cache(async (): Promise<SessionState | null> => {
  const session = await auth();
  if (!session) return null;
  const h = await headers();
  return resolveSession(session, { ip: clientAddress(h), userAgent: h.get("user-agent") ?? "" });
});

/** The acting user, only when the session has nothing left to do (for handlers outside the admin pages). */
export async function getCurrentActor(): Promise<Actor | null> {
  const state = await getSessionState();
  return state && !state.obligation ? state.actor : null;
}

type GuardOptions = { /** the account page and its actions: open while an obligation is pending */ allowObligation?: boolean };

/** For admin pages: the signed-out go to /login; an unmet obligation to /admin/account; the rest get a 403 page. */
export async function requirePage(permission: Permission = "news.write", options: GuardOptions = {}): Promise<Actor> {
  const state = await getSessionState();
  if (!state) redirect("/login");
  if (state.obligation && !options.allowObligation) redirect(ACCOUNT_PAGE);
  if (!can(state.actor, permission)) forbidden();
  return state.actor;
}

/** For server actions and route handlers: the acting user, or an AuthorizationError to report. */
export async function requireActor(permission: Permission, options: GuardOptions = {}): Promise<Actor> {
  const state = await getSessionState();
  if (!state) throw new AuthorizationError("unauthenticated");
  if (state.obligation && !options.allowObligation) throw new AuthorizationError("forbidden", OBLIGATION_MESSAGES[state.obligation]);
  if (!can(state.actor, permission)) throw new AuthorizationError("forbidden");
  return state.actor;
}
