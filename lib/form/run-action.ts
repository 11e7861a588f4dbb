// Wraps a server action body: checks the session and permission first (every action is a public endpoint),
// turns authorisation failures into a refusal message, and never lets an error's details reach the browser.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { AuthorizationError, type Actor, type Permission } from "@/lib/auth/permissions";
import { logger } from "@/lib/logger";
import type { ActionState } from "./action-state";

export async function runAction<S extends ActionState = ActionState>(
  permission: Permission,
  body: (actor: Actor) => Promise<S>,
  // The account page's actions stay open while the session must still change its password or enrol a second step.
  options: { allowObligation?: boolean } = {},
): Promise<S | ActionState> {
  try {
    const actor = await requireActor(permission, options);
    return await body(actor);
  } catch (err) {
    unstable_rethrow(err); // redirect(), notFound() and other Next control flow pass through
    if (err instanceof AuthorizationError) return { ok: false, message: err.message };
    logger.error({ err }, "action failed");
    return { ok: false, message: "Đã có lỗi xảy ra, chưa có gì được lưu. Vui lòng thử lại." };
  }
}
