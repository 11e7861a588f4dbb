// Workflow as data: a content type declares its states and transitions once (from which states, who may,
// what input, what changes); pages ask availableTransitions(record, actor) what to offer, and every write
// goes through applyTransition, which checks permission, input, state and the transition's own guard, makes
// the change and writes exactly one audit entry, all in one transaction. A rule written in a page is a bug.
import "server-only";
import type { z } from "zod";
import { writeAudit } from "@/lib/audit";
import type { AuditEvent, AuditSubject } from "@/lib/audit/vocabulary";
import { assertCan, AuthorizationError, can, isCitizenActor, isSystemActor, isUserActor, type AnyActor, type Permission } from "@/lib/auth/permissions";
import { FORM, parseInput, Refusal, runInTransaction, type FieldErrors, type Tx } from "@/lib/kernel";

/** Who may take a step: a user permission, "system" (the portal's own jobs, SYSTEM_ACTOR only), or
 * "citizen" (an applicant who proved the dossier is theirs: the caller checks the proof). */
export type StepPermission = Permission | "system" | "citizen";

/** How a page presents a step (the engine does not care; the page renders by kind, never by rule). */
export type StepPresentation = {
  /** button: one click; reason: asks for a written reason; schedule: asks for a time (and maybe a reason); note: a note for the record */
  form: "button" | "reason" | "schedule" | "note";
  variant?: "primary" | "secondary" | "danger";
  /** Shown folded under this summary, when the step needs input. */
  summary?: string;
  pendingText?: string;
  testId?: string;
  /** Whether the step's reason field is required (schedule steps differ). */
  reason?: "required" | "optional";
};

export type StepContext<R, I> = { tx: Tx; record: R; actor: AnyActor; input: I; now: Date };

/** A value fixed for the step, or worked out from the record and who looks at it (presentation only). */
type PerRecord<R, T> = T | ((record: R, actor: AnyActor) => T);

export type Transition<R, S extends string, P, I = unknown> = {
  /** Button text, in Vietnamese. */
  label: PerRecord<R, string>;
  from: readonly S[];
  permission: StepPermission;
  /** Also needed besides `permission` (e.g. approving is reviewing and publishing). */
  alsoRequires?: readonly Permission[];
  audit: AuditEvent;
  /** The step changes what citizens see: callers refresh the cached public pages after it. */
  changesPublic?: boolean;
  /** The refusal when the record is not in one of `from` (or `when` is false): one message, or field errors. */
  wrongState: string | FieldErrors | ((record: R) => string | FieldErrors);
  /** A condition on the record beyond its state (e.g. "its schedule failed", "its time has come"). */
  when?: (record: R, now: Date) => boolean;
  /** A condition on who acts (e.g. "not the author"): the refusal as field errors, or null. */
  guard?: (record: R, actor: AnyActor) => FieldErrors | null;
  /** The step's input, parsed by the engine before anything is read. */
  input?: z.ZodType<I, unknown>;
  /** What changes: the patch for the record (may refuse with refuse()). */
  apply: (ctx: StepContext<R, I>) => P | Promise<P>;
  /** Further writes in the same transaction after the record is saved (no audit entries: the engine writes the one). */
  effect?: (ctx: StepContext<R, I> & { after: R }) => Promise<Record<string, unknown> | void>;
  /** Extra facts for the audit entry's "after" (e.g. the reason given). */
  auditExtra?: (ctx: StepContext<R, I>) => Record<string, unknown> | undefined;
  ui: PerRecord<R, StepPresentation>;
};

export type WorkflowDefinition<R extends { status: S }, S extends string, P, N extends string> = {
  /** The audit subject of the records. */
  subject: AuditSubject;
  states: Record<S, string>;
  notFound: string;
  /** Reads and locks the record (SELECT … FOR UPDATE); null when there is none. */
  load: (tx: Tx, id: number) => Promise<R | null>;
  /** Writes the patch; returns the record as it now is. */
  save: (tx: Tx, record: R, patch: P, actor: AnyActor) => Promise<R>;
  /** The record's id as the audit log names it. */
  idOf: (record: R) => number;
  /** What the audit log keeps of a record, before and after. */
  auditView: (record: R) => unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step has its own input type
  transitions: Record<N, Transition<R, S, P, any>>;
};

/**
 * Declares a workflow: `defineWorkflow<Record, State, Patch>()({ ... })`. The record, state and patch types are
 * given; the step names are inferred from the transitions.
 */
export function defineWorkflow<R extends { status: S }, S extends string, P>() {
  return <N extends string>(def: WorkflowDefinition<R, S, P, N>): WorkflowDefinition<R, S, P, N> => def;
}

function permitted(actor: AnyActor | null | undefined, t: { permission: StepPermission; alsoRequires?: readonly Permission[] }): boolean {
  if (!actor) return false;
  if (t.permission === "system") return isSystemActor(actor);
  if (t.permission === "citizen") return isCitizenActor(actor);
  if (!isUserActor(actor)) return false;
  return can(actor, t.permission) && (t.alsoRequires ?? []).every((p) => can(actor, p));
}

const inState = <R extends { status: S }, S extends string>(t: Transition<R, S, unknown>, record: R, now: Date) =>
  t.from.includes(record.status) && (t.when ? t.when(record, now) : true);

function resolve<R, T>(v: PerRecord<R, T>, record: R, actor: AnyActor): T {
  return typeof v === "function" ? (v as (r: R, a: AnyActor) => T)(record, actor) : v;
}

function wrongStateErrors<R>(t: { wrongState: string | FieldErrors | ((r: R) => string | FieldErrors) }, record: R): FieldErrors {
  const w = typeof t.wrongState === "function" ? t.wrongState(record) : t.wrongState;
  return typeof w === "string" ? { [FORM]: w } : { ...w };
}

export type OfferedStep<N extends string> = { name: N; label: string; ui: StepPresentation };
export type BlockedStep<N extends string> = OfferedStep<N> & { reason: string };

/** The steps this actor may take on this record now: what a page offers, and nothing else. */
export function availableTransitions<R extends { status: S }, S extends string, P, N extends string>(
  def: WorkflowDefinition<R, S, P, N>,
  record: R,
  actor: AnyActor | null,
  now: Date = new Date(),
): OfferedStep<N>[] {
  if (!actor) return [];
  return (Object.entries(def.transitions) as [N, Transition<R, S, P>][])
    .filter(([, t]) => permitted(actor, t) && inState(t, record, now) && !t.guard?.(record, actor))
    .map(([name, t]) => ({ name, label: resolve(t.label, record, actor), ui: resolve(t.ui, record, actor) }));
}

/** Steps the record's state allows and the actor's role permits, but the step's guard refuses for this actor
 * (e.g. approving one's own article): a page explains them instead of offering them. */
export function blockedTransitions<R extends { status: S }, S extends string, P, N extends string>(
  def: WorkflowDefinition<R, S, P, N>,
  record: R,
  actor: AnyActor | null,
  now: Date = new Date(),
): BlockedStep<N>[] {
  const out: BlockedStep<N>[] = [];
  for (const [name, t] of Object.entries(def.transitions) as [N, Transition<R, S, P>][]) {
    if (!actor || !permitted(actor, t) || !inState(t, record, now) || !t.guard) continue;
    const refusal = t.guard(record, actor);
    if (refusal) out.push({ name, label: resolve(t.label, record, actor), ui: resolve(t.ui, record, actor), reason: Object.values(refusal)[0] ?? "" });
  }
  return out;
}

/** Whether a step changes what citizens see (so the caller refreshes cached pages). */
export function stepChangesPublic<N extends string>(def: { transitions: Record<N, { changesPublic?: boolean }> }, name: N): boolean {
  return !!def.transitions[name]?.changesPublic;
}

/** Whether `name` is a step of this workflow that a person may ask for (not the system's own). */
export function isPersonStep<N extends string>(def: { transitions: Record<N, { permission: StepPermission }> }, name: string): name is N {
  return Object.hasOwn(def.transitions, name) && !["system", "citizen"].includes(def.transitions[name as N].permission);
}

/** Where a step was refused, for callers that treat some refusals differently (the scheduler). */
export type RefusalStage = "input" | "missing" | "state" | "guard" | "apply";
export type TransitionResult<R> = { ok: true; value: R } | { ok: false; errors: FieldErrors; stage: RefusalStage };

// runInTransaction turns a refusal into plain field errors (the same object): its stage is kept beside it.
const stages = new WeakMap<FieldErrors, RefusalStage>();

function refuseAt(stage: RefusalStage, errors: FieldErrors): never {
  stages.set(errors, stage);
  throw new Refusal(errors);
}

/**
 * Takes one step: permission (an AuthorizationError is thrown, as every mutation does, before anything is
 * read), input, state, guard, the change and its audit entry, in one transaction. Any refusal rolls back.
 */
export async function applyTransition<R extends { status: S }, S extends string, P, N extends string>(
  def: WorkflowDefinition<R, S, P, N>,
  actor: AnyActor | null,
  id: number,
  name: N,
  rawInput?: unknown,
  now: Date = new Date(),
): Promise<TransitionResult<R>> {
  const t = def.transitions[name] as Transition<R, S, P> | undefined;
  if (!t) return { ok: false, errors: { [FORM]: "Thao tác không hợp lệ." }, stage: "state" };
  if (t.permission === "system" || t.permission === "citizen") {
    // Only the portal itself (or a citizen who proved the dossier is theirs) takes these steps: anyone else
    // is refused as any wrong role is.
    const fits = t.permission === "system" ? isSystemActor(actor) : isCitizenActor(actor);
    if (!fits) throw new AuthorizationError(actor ? "forbidden" : "unauthenticated");
  } else {
    if (!isUserActor(actor)) throw new AuthorizationError(actor ? "forbidden" : "unauthenticated");
    assertCan(actor, t.permission);
    for (const p of t.alsoRequires ?? []) assertCan(actor, p);
  }
  let input: unknown = undefined;
  if (t.input) {
    const parsed = parseInput(t.input, rawInput ?? {});
    if (!parsed.ok) return { ok: false, errors: parsed.errors, stage: "input" };
    input = parsed.data;
  }
  const who = actor as AnyActor;
  const result = await runInTransaction(async (tx) => {
    const record = await def.load(tx, id);
    if (!record) refuseAt("missing", { [FORM]: def.notFound });
    if (!inState(t, record, now)) refuseAt("state", wrongStateErrors(t, record));
    const refusal = t.guard?.(record, who);
    if (refusal) refuseAt("guard", { ...refusal });
    const ctx: StepContext<R, unknown> = { tx, record, actor: who, input, now };
    const patch = await t.apply(ctx);
    const after = await def.save(tx, record, patch, who);
    const effectExtra = (await t.effect?.({ ...ctx, after })) ?? undefined;
    const extra = { ...t.auditExtra?.(ctx), ...effectExtra };
    await writeAudit(tx, who, {
      action: t.audit,
      entity: def.subject,
      entityId: def.idOf(after),
      before: def.auditView(record),
      after: { ...(def.auditView(after) as object), ...extra },
    });
    return after;
  });
  if (result.ok) return result;
  // A refusal from the step's own apply/effect (refuse()) carries no stage: it is the step's judgement.
  return { ok: false, errors: result.errors, stage: stages.get(result.errors) ?? "apply" };
}
