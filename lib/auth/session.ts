// Guards. The current user is the session's user only if the account still exists, is active and its
// session version matches the token's: anything else is treated as signed out.
import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { auth } from "./next-auth";
import { resolveActor } from "./resolve-actor";
import { AuthorizationError, can, type Actor, type Permission } from "./permissions";
import { clientAddress } from "@/lib/http/request";

export { resolveActor };

export async function getCurrentActor(): Promise<Actor | null> {
  const session = await auth();
  if (!session) return null;
  const h = await headers();
  return resolveActor(session, { ip: clientAddress(h), userAgent: h.get("user-agent") ?? "" });
}

/** For admin pages: the signed-out go to /login; the signed-in without the permission get a 403 page. */
export async function requirePage(permission: Permission = "news.write"): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** For server actions and route handlers: the acting user, or an AuthorizationError to report. */
export async function requireActor(permission: Permission): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new AuthorizationError("unauthenticated");
  if (!can(actor, permission)) throw new AuthorizationError("forbidden");
  return actor;
}
