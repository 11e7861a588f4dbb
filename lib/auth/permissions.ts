// Who may do what. Every mutation takes the acting user and asserts its permission here, so the rule holds
// in the data layer whatever page, action or script calls it.
import type { Role } from "@/db/schema";

export type Actor = { id: number; email: string; name: string; role: Role; ip: string; userAgent: string };

/**
 * The portal itself acting (the scheduler, first-start set-up, later the deadline clock): no user, no
 * address. Its audit entries read "system". Only steps declared for the system accept it (lib/workflow).
 */
export type SystemActor = { readonly kind: "system"; readonly id: null; readonly email: "system"; readonly name: string; readonly ip: ""; readonly userAgent: string };
export const SYSTEM_ACTOR: SystemActor = Object.freeze({ kind: "system", id: null, email: "system", name: "Hệ thống", ip: "", userAgent: "portal" });
/**
 * A citizen acting on their own dossier without an account, after proving it (the code and phone number,
 * or a supplement link's token): the caller checks the proof; only steps declared for citizens accept it.
 * Audit entries name the dossier, never the person.
 */
export type CitizenActor = { readonly kind: "citizen"; readonly id: null; readonly email: string; readonly name: string; readonly ip: string; readonly userAgent: string };
export function citizenActor(dossierCode: string, from: { ip: string; userAgent: string }): CitizenActor {
  return Object.freeze({ kind: "citizen", id: null, email: `citizen:${dossierCode}`, name: "Người nộp hồ sơ", ip: from.ip, userAgent: from.userAgent.slice(0, 300) });
}
export type AnyActor = Actor | SystemActor | CitizenActor;
export const isSystemActor = (a: AnyActor | null | undefined): a is SystemActor => !!a && (a as SystemActor).kind === "system";
export const isCitizenActor = (a: AnyActor | null | undefined): a is CitizenActor => !!a && (a as CitizenActor).kind === "citizen";
export const isUserActor = (a: AnyActor | null | undefined): a is Actor => !!a && !("kind" in a);

export const PERMISSIONS = {
  "news.write": ["staff", "admin"],
  "news.review": ["staff", "admin"],
  "news.publish": ["staff", "admin"],
  "media.manage": ["staff", "admin"],
  // Conference reports (lib/conferences): written, reviewed and published as news is; the indicator list with them.
  "conferences.write": ["staff", "admin"],
  "conferences.review": ["staff", "admin"],
  "conferences.publish": ["staff", "admin"],
  "indicators.manage": ["staff", "admin"],
  // Private files (a dossier's documents): staff only, each download audited (lib/uploads/private-files.ts).
  "files.download": ["staff", "admin"],
  // Citizens' dossiers: the queue, a dossier's details (each opening audited) and every processing step.
  "dossiers.process": ["staff", "admin"],
  "categories.manage": ["staff", "admin"],
  "account.update": ["staff", "admin"],
  // The public-services catalogue: staff edit procedures, fields and agencies; only administrators import files.
  "services.manage": ["staff", "admin"],
  "services.import": ["admin"],
  "users.manage": ["admin"],
  "audit.read": ["admin"],
  "settings.manage": ["admin"],
  // The holiday table the deadline clock reads (lib/holidays): a wrong day moves every due date.
  "holidays.manage": ["admin"],
  // The e-mail outbox (lib/mail): messages to applicants, read by the staff who answer them.
  "outbox.read": ["staff", "admin"],
  // The awards registry (thi đua – khen thưởng, lib/awards): decisions, recipients, publishing, revocation.
  "awards.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export class AuthorizationError extends Error {
  constructor(
    readonly kind: "unauthenticated" | "forbidden",
    message = kind === "unauthenticated" ? "Vui lòng đăng nhập." : "Bạn không có quyền thực hiện thao tác này.",
  ) {
    super(message);
    this.name = "AuthorizationError";
  }
}

/** A user permission: only a signed-in user has one (the system and citizens act only through their own steps). */
export function can(actor: AnyActor | null | undefined, permission: Permission): boolean {
  return !!actor && !("kind" in actor) && (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

export function assertCan(actor: AnyActor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AuthorizationError("unauthenticated");
  if (!can(actor, permission)) throw new AuthorizationError("forbidden");
}
