// The conference report workflow, declared once on the engine (lib/workflow/engine.ts). Content lives in
// editions: an edition goes draft → in review → published when someone other than its author approves it,
// or is published without review with a recorded reason; publishing makes it the report's live edition
// (the one before is superseded) and keeps the report's news stream item in step. The report itself can be
// taken down and put back (with a reason). Pages offer exactly what availableTransitions() returns.
import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { conferenceEditions, conferences, type Conference, type ConferenceEdition } from "@/db/schema";
import type { Actor, AnyActor } from "@/lib/auth/permissions";
import { parseRecordId, type Result, type Tx } from "@/lib/kernel";
import { applyTransition, defineWorkflow, type TransitionResult } from "@/lib/workflow/engine";
import { hideNewsItem, syncNewsItem } from "./news-item";
import {
  authorRefusal,
  CONFERENCE_NOT_FOUND,
  conferenceAuditView,
  editionAuditView,
  lockConference,
  refuseUnlessPublishable,
  type EditionRecord,
} from "./record";
import { CONFERENCE_STATUS_LABELS, EDITION_STATUS_LABELS, skipReviewInput } from "./validation";

const EDITION_NOT_FOUND = "Không tìm thấy ấn bản này (có thể đã được đăng hoặc đã hủy).";

export type ConferenceChange = { id: number; slug: string; status: Conference["status"]; editionId?: number; editionStatus?: ConferenceEdition["status"] };

/** The edition goes live: the previous live edition is superseded, the report published, its stream item updated. */
async function goLive(tx: Tx, e: EditionRecord, actor: AnyActor, now: Date): Promise<Record<string, unknown>> {
  await tx
    .update(conferenceEditions)
    .set({ status: "superseded", closedAt: now, updatedAt: sql`now()` })
    .where(and(eq(conferenceEditions.conferenceId, e.conferenceId), eq(conferenceEditions.status, "published"), ne(conferenceEditions.id, e.id)));
  const [c] = await tx
    .update(conferences)
    .set({ status: "published", liveEditionId: e.id, publishedAt: e.conference.publishedAt ?? now, updatedById: actor.id, updatedAt: sql`now()` })
    .where(eq(conferences.id, e.conferenceId))
    .returning();
  await syncNewsItem(tx, c, e, actor.id);
  return { conferenceStatus: c.status, liveEditionId: e.id };
}

type EditionPatch = Partial<typeof conferenceEditions.$inferInsert>;

export const conferenceEditionWorkflow = defineWorkflow<EditionRecord, ConferenceEdition["status"], EditionPatch>()({
  subject: "conference_edition",
  states: EDITION_STATUS_LABELS,
  notFound: EDITION_NOT_FOUND,
  // The report first, then the edition: the same lock order as saving content, so they never deadlock.
  async load(tx, id) {
    const [head] = await tx.select({ conferenceId: conferenceEditions.conferenceId }).from(conferenceEditions).where(eq(conferenceEditions.id, id));
    if (!head) return null;
    const conference = await lockConference(tx, head.conferenceId);
    const [e] = await tx.select().from(conferenceEditions).where(eq(conferenceEditions.id, id)).for("update");
    return conference && e ? { ...e, conference } : null;
  },
  async save(tx, record, patch, actor) {
    const [after] = await tx
      .update(conferenceEditions)
      .set({ ...patch, updatedById: actor.id ?? record.updatedById, updatedAt: sql`now()` })
      .where(eq(conferenceEditions.id, record.id))
      .returning();
    return { ...after, conference: record.conference };
  },
  idOf: (e: EditionRecord) => e.id,
  auditView: (e: EditionRecord) => editionAuditView(e),
  transitions: {
    submit_for_review: {
      label: "Gửi duyệt",
      from: ["draft"],
      permission: "conferences.write",
      audit: "conference_edition.submit_for_review",
      wrongState: "Chỉ gửi duyệt được ấn bản đang là bản nháp.",
      apply: ({ actor }) => ({ status: "in_review", submittedById: actor.id, approvedById: null, skipReviewReason: null }),
      ui: { form: "button", pendingText: "Đang gửi…", testId: "conference-submit" },
    },
    approve_publish: {
      label: "Duyệt và đăng",
      from: ["in_review"],
      permission: "conferences.review",
      alsoRequires: ["conferences.publish"],
      audit: "conference_edition.approve_publish",
      changesPublic: true,
      wrongState: "Chỉ duyệt được ấn bản đang chờ duyệt.",
      guard: (e, actor) => authorRefusal(e.createdById, actor.id),
      apply: ({ record, actor, now }) => {
        refuseUnlessPublishable(record);
        return { status: "published", approvedById: actor.id, skipReviewReason: null, publishedAt: now };
      },
      effect: ({ tx, after, actor, now }) => goLive(tx, after, actor, now),
      ui: { form: "button", pendingText: "Đang đăng…", testId: "conference-approve" },
    },
    publish_without_review: {
      label: "Đăng ngay",
      from: ["draft", "in_review"],
      permission: "conferences.publish",
      audit: "conference_edition.publish_without_review",
      changesPublic: true,
      wrongState: "Ấn bản này không còn mở.",
      input: skipReviewInput,
      apply: ({ record, input, now }) => {
        refuseUnlessPublishable(record);
        return { status: "published", approvedById: null, skipReviewReason: input.reason, publishedAt: now };
      },
      effect: ({ tx, after, actor, now }) => goLive(tx, after, actor, now),
      auditExtra: ({ input }) => ({ reason: input.reason }),
      ui: { form: "reason", variant: "secondary", summary: "Đăng ngay, không qua duyệt", pendingText: "Đang đăng…" },
    },
    return_to_draft: {
      label: "Rút về bản nháp",
      from: ["in_review"],
      permission: "conferences.write",
      audit: "conference_edition.return_to_draft",
      wrongState: "Chỉ rút được ấn bản đang chờ duyệt.",
      apply: () => ({ status: "draft", approvedById: null, skipReviewReason: null }),
      ui: { form: "button", variant: "secondary" },
    },
    discard: {
      label: "Hủy ấn bản (giữ nguyên bản đang đăng)",
      from: ["draft", "in_review"],
      // The first edition of a report never published is the report: it is not discarded on its own.
      when: (e) => e.conference.liveEditionId !== null,
      permission: "conferences.write",
      audit: "conference_edition.discard",
      wrongState: "Chỉ hủy được ấn bản mới của một báo cáo đã có bản đăng.",
      apply: ({ now }) => ({ status: "discarded", closedReason: "Hủy bởi người soạn.", closedAt: now }),
      ui: { form: "button", variant: "danger", pendingText: "Đang hủy…", testId: "conference-discard" },
    },
  },
});

type ConferencePatch = Partial<typeof conferences.$inferInsert>;

export const conferenceWorkflow = defineWorkflow<Conference, Conference["status"], ConferencePatch>()({
  subject: "conference",
  states: CONFERENCE_STATUS_LABELS,
  notFound: CONFERENCE_NOT_FOUND,
  load: lockConference,
  async save(tx, record, patch, actor) {
    const [after] = await tx
      .update(conferences)
      .set({ ...patch, updatedById: actor.id ?? record.updatedById, updatedAt: sql`now()` })
      .where(eq(conferences.id, record.id))
      .returning();
    return after;
  },
  idOf: (c: Conference) => c.id,
  auditView: conferenceAuditView,
  transitions: {
    unpublish: {
      label: "Gỡ báo cáo",
      from: ["published"],
      permission: "conferences.publish",
      audit: "conference.unpublish",
      changesPublic: true,
      wrongState: "Chỉ gỡ được báo cáo đang đăng.",
      apply: () => ({ status: "unpublished" }),
      effect: async ({ tx, after }) => {
        await hideNewsItem(tx, after.id);
      },
      ui: { form: "button", variant: "danger", pendingText: "Đang gỡ…", testId: "conference-unpublish" },
    },
    republish: {
      label: "Đăng lại",
      from: ["unpublished"],
      when: (c) => c.liveEditionId !== null,
      permission: "conferences.publish",
      audit: "conference.republish",
      changesPublic: true,
      wrongState: "Chỉ đăng lại được báo cáo đã gỡ.",
      input: skipReviewInput,
      apply: ({ input }) => ({ status: "published", skipReviewReason: input.reason }),
      effect: async ({ tx, after, actor }) => {
        const [live] = await tx.select().from(conferenceEditions).where(eq(conferenceEditions.id, after.liveEditionId!));
        if (live) await syncNewsItem(tx, after, live, actor.id);
      },
      auditExtra: ({ input }) => ({ reason: input.reason }),
      ui: { form: "reason", variant: "secondary", summary: "Đăng lại bản đã duyệt (nêu lý do)", pendingText: "Đang đăng…" },
    },
  },
});

export type ConferenceEditionStep = keyof typeof conferenceEditionWorkflow.transitions;
export type ConferenceStep = keyof typeof conferenceWorkflow.transitions;

const editionChange = (r: TransitionResult<EditionRecord>): Result<ConferenceChange> =>
  r.ok
    ? { ok: true, value: { id: r.value.conferenceId, slug: r.value.conference.slug, status: r.value.status === "published" ? "published" : r.value.conference.status, editionId: r.value.id, editionStatus: r.value.status } }
    : { ok: false, errors: r.errors };

/** One step on an edition of a report, as a person. */
export async function takeConferenceEditionStep(actor: Actor | null, editionId: number | string, step: ConferenceEditionStep, input?: unknown, now?: Date): Promise<Result<ConferenceChange>> {
  const n = parseRecordId(editionId);
  if (n === null) return { ok: false, errors: { _form: EDITION_NOT_FOUND } };
  return editionChange(await applyTransition(conferenceEditionWorkflow, actor, n, step, input, now));
}

/** One step on a report itself (take down, put back), as a person. */
export async function takeConferenceStep(actor: Actor | null, id: number | string, step: ConferenceStep, input?: unknown): Promise<Result<ConferenceChange>> {
  const n = parseRecordId(id);
  if (n === null) return { ok: false, errors: { _form: CONFERENCE_NOT_FOUND } };
  const r = await applyTransition(conferenceWorkflow, actor, n, step, input);
  return r.ok ? { ok: true, value: { id: r.value.id, slug: r.value.slug, status: r.value.status } } : { ok: false, errors: r.errors };
}
