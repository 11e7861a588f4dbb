// Writes of conference reports and the indicator list. Every write checks the actor's permission, parses its
// input, runs in one transaction with its audit entry and stores only sanitised HTML. Saving a report never
// changes what citizens read: the content goes into the report's open edition (a new one when none is open),
// which reaches the public only through the workflow (workflow.ts).
import "server-only";
import { count, eq, sql } from "drizzle-orm";
import { conferenceEditions, conferenceIndicatorRows, conferences, indicators, type Indicator } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseInput, parseRecordId, refuse, runInTransaction, type Result } from "@/lib/kernel";
import {
  CONFERENCE_NOT_FOUND,
  checkReferences,
  conferenceAuditView,
  editionAuditView,
  editionFields,
  lockConference,
  lockOpenEdition,
  nextEditionNumber,
  staleVersionMessage,
  uniqueConferenceSlug,
  writeEditionParts,
} from "./record";
import { conferenceInput, indicatorInput, type ConferenceInput, type IndicatorInput } from "./validation";
import { takeConferenceEditionStep, takeConferenceStep, type ConferenceChange } from "./workflow";

export type { ConferenceChange };
export type SaveChange = { id: number; slug: string; editionId: number; editionNumber: number; newEdition: boolean };

const INDICATOR_VIOLATIONS = { indicators_code_unique: { code: "Mã chỉ tiêu này đã có trong danh mục." } };

/** A new report: its first edition, a draft by the actor. */
export async function createConference(actor: Actor | null, input: ConferenceInput): Promise<Result<SaveChange>> {
  assertCan(actor, "conferences.write");
  const parsed = parseInput(conferenceInput, input);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  return runInTransaction(
    async (tx) => {
      await checkReferences(tx, data);
      const slug = await uniqueConferenceSlug(tx, data.title);
      const [c] = await tx.insert(conferences).values({ slug, isSample: data.isSample, createdById: actor.id, updatedById: actor.id }).returning();
      const [e] = await tx
        .insert(conferenceEditions)
        .values({ conferenceId: c.id, number: 1, status: "draft", ...(await editionFields(tx, data)), createdById: actor.id, updatedById: actor.id })
        .returning();
      await writeEditionParts(tx, e.id, data);
      await writeAudit(tx, actor, {
        action: "conference.create",
        entity: "conference",
        entityId: c.id,
        after: { ...conferenceAuditView(c), edition: editionAuditView(e, { photos: data.photos.length, rows: data.rows.length }) },
      });
      return { id: c.id, slug, editionId: e.id, editionNumber: 1, newEdition: true };
    },
    { retryUnique: true },
  );
}

/**
 * Saves a report's content into its open edition, or into a new edition copied from nothing but this input
 * when none is open (the report is published or taken down). `expect` is what the editor started from.
 */
export async function saveConference(
  actor: Actor | null,
  id: number | string,
  input: ConferenceInput & { editionId?: string | number; version?: string | number },
): Promise<Result<SaveChange>> {
  assertCan(actor, "conferences.write");
  const n = parseRecordId(id);
  if (n === null) return { ok: false, errors: { _form: CONFERENCE_NOT_FOUND } };
  const parsed = parseInput(conferenceInput, input);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  const expectEdition = input.editionId === undefined || input.editionId === "" ? null : parseRecordId(input.editionId);
  const expectVersion = input.version === undefined || input.version === "" ? null : Number(input.version);
  return runInTransaction(async (tx) => {
    const c = await lockConference(tx, n);
    if (!c) refuse(CONFERENCE_NOT_FOUND);
    await checkReferences(tx, data);
    const fields = await editionFields(tx, data);
    if (data.isSample !== c.isSample) await tx.update(conferences).set({ isSample: data.isSample, updatedAt: sql`now()` }).where(eq(conferences.id, c.id));
    const open = await lockOpenEdition(tx, c.id);
    if (open) {
      if (expectEdition !== null && (expectEdition !== open.id || (expectVersion !== null && expectVersion !== open.version))) refuse(staleVersionMessage(open.version));
      const [after] = await tx
        .update(conferenceEditions)
        .set({ ...fields, version: open.version + 1, updatedById: actor.id, updatedAt: sql`now()` })
        .where(eq(conferenceEditions.id, open.id))
        .returning();
      await writeEditionParts(tx, open.id, data);
      await writeAudit(tx, actor, {
        action: "conference_edition.update",
        entity: "conference_edition",
        entityId: open.id,
        before: editionAuditView(open),
        after: editionAuditView(after, { photos: data.photos.length, rows: data.rows.length }),
      });
      return { id: c.id, slug: c.slug, editionId: open.id, editionNumber: open.number, newEdition: false };
    }
    if (expectEdition !== null) refuse("Ấn bản bạn đang sửa vừa được đăng hoặc bị hủy. Vui lòng tải lại trang; nội dung bạn vừa nhập vẫn còn trong biểu mẫu.");
    const number = await nextEditionNumber(tx, c.id);
    const [created] = await tx
      .insert(conferenceEditions)
      .values({ conferenceId: c.id, number, status: "draft", ...fields, createdById: actor.id, updatedById: actor.id })
      .returning();
    await writeEditionParts(tx, created.id, data);
    await writeAudit(tx, actor, {
      action: "conference_edition.create",
      entity: "conference_edition",
      entityId: created.id,
      after: editionAuditView(created, { photos: data.photos.length, rows: data.rows.length }),
    });
    return { id: c.id, slug: c.slug, editionId: created.id, editionNumber: number, newEdition: true };
  });
}

export const submitConferenceEdition = (actor: Actor | null, editionId: number | string) => takeConferenceEditionStep(actor, editionId, "submit_for_review");
export const approveConferenceEdition = (actor: Actor | null, editionId: number | string) => takeConferenceEditionStep(actor, editionId, "approve_publish");
export const publishConferenceEditionWithoutReview = (actor: Actor | null, editionId: number | string, input: { reason: string }) =>
  takeConferenceEditionStep(actor, editionId, "publish_without_review", input);
export const returnConferenceEditionToDraft = (actor: Actor | null, editionId: number | string) => takeConferenceEditionStep(actor, editionId, "return_to_draft");
export const discardConferenceEdition = (actor: Actor | null, editionId: number | string) => takeConferenceEditionStep(actor, editionId, "discard");
export const unpublishConference = (actor: Actor | null, id: number | string) => takeConferenceStep(actor, id, "unpublish");
export const republishConference = (actor: Actor | null, id: number | string, input: { reason: string }) => takeConferenceStep(actor, id, "republish", input);

const indicatorView = (i: Indicator) => ({ code: i.code, name: i.name, unit: i.unit });

export async function createIndicator(actor: Actor | null, input: IndicatorInput): Promise<Result<Indicator>> {
  assertCan(actor, "indicators.manage");
  const parsed = parseInput(indicatorInput, input);
  if (!parsed.ok) return parsed;
  return runInTransaction(
    async (tx) => {
      const [i] = await tx.insert(indicators).values(parsed.data).returning();
      await writeAudit(tx, actor, { action: "indicator.create", entity: "indicator", entityId: i.id, after: indicatorView(i) });
      return i;
    },
    { violations: INDICATOR_VIOLATIONS },
  );
}

/** Renaming an indicator renames it in every report (rows refer to it): the series stays one. */
export async function updateIndicator(actor: Actor | null, id: number | string, input: IndicatorInput): Promise<Result<Indicator>> {
  assertCan(actor, "indicators.manage");
  const n = parseRecordId(id);
  if (n === null) return { ok: false, errors: { _form: "Không tìm thấy chỉ tiêu." } };
  const parsed = parseInput(indicatorInput, input);
  if (!parsed.ok) return parsed;
  return runInTransaction(
    async (tx) => {
      const [before] = await tx.select().from(indicators).where(eq(indicators.id, n)).for("update");
      if (!before) refuse("Không tìm thấy chỉ tiêu.");
      const [after] = await tx.update(indicators).set({ ...parsed.data, updatedAt: sql`now()` }).where(eq(indicators.id, n)).returning();
      await writeAudit(tx, actor, { action: "indicator.update", entity: "indicator", entityId: n, before: indicatorView(before), after: indicatorView(after) });
      return after;
    },
    { violations: INDICATOR_VIOLATIONS },
  );
}

/** Only an indicator no report row uses may be deleted (reports keep their figures). */
export async function deleteIndicator(actor: Actor | null, id: number | string): Promise<Result<{ id: number }>> {
  assertCan(actor, "indicators.manage");
  const n = parseRecordId(id);
  if (n === null) return { ok: false, errors: { _form: "Không tìm thấy chỉ tiêu." } };
  return runInTransaction(async (tx) => {
    const [before] = await tx.select().from(indicators).where(eq(indicators.id, n)).for("update");
    if (!before) refuse("Không tìm thấy chỉ tiêu.");
    const [{ used }] = await tx.select({ used: count() }).from(conferenceIndicatorRows).where(eq(conferenceIndicatorRows.indicatorId, n));
    if (used > 0) refuse(`Không thể xóa: chỉ tiêu đang có ${used} dòng số liệu trong các báo cáo hội nghị.`);
    await tx.delete(indicators).where(eq(indicators.id, n));
    await writeAudit(tx, actor, { action: "indicator.delete", entity: "indicator", entityId: n, before: indicatorView(before) });
    return { id: n };
  });
}
