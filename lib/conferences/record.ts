// What every conference write shares: locking a report and its editions, an edition's content (fields,
// sanitised rich text, photos and indicator rows written together), the references it must hold (library
// images, indicators of the list), what publishing requires, the audit views and the report's address.
import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, max, or, sql } from "drizzle-orm";
import {
  conferenceEditions,
  conferenceIndicatorRows,
  conferencePhotos,
  conferences,
  indicators,
  media,
  type Conference,
  type ConferenceEdition,
} from "@/db/schema";
import { hasErrors, refuse, type FieldErrors, type Tx } from "@/lib/kernel";
import { prepareBody } from "@/lib/newsroom/article-record";
import { slugify } from "@/lib/text/slug";
import { RESERVED_CONFERENCE_SLUGS, type ConferenceData } from "./validation";

export const CONFERENCE_NOT_FOUND = "Không tìm thấy báo cáo hội nghị.";
export const OPEN_STATUSES = ["draft", "in_review"] as const;

export type EditionRecord = ConferenceEdition & { conference: Conference };

export const bodyHash = (html: string) => createHash("sha256").update(html).digest("hex");

export function conferenceAuditView(c: Conference) {
  return { slug: c.slug, status: c.status, liveEditionId: c.liveEditionId, publishedAt: c.publishedAt, skipReviewReason: c.skipReviewReason, isSample: c.isSample };
}

export function editionAuditView(e: ConferenceEdition, extra?: { photos?: number; rows?: number }) {
  return {
    conferenceId: e.conferenceId,
    number: e.number,
    status: e.status,
    title: e.title,
    heldOn: e.heldOn,
    place: e.place,
    chairs: e.chairs,
    attendees: e.attendees,
    summary: e.summary,
    version: e.version,
    submittedById: e.submittedById,
    approvedById: e.approvedById,
    skipReviewReason: e.skipReviewReason,
    closedReason: e.closedReason,
    publishedAt: e.publishedAt,
    speechesSha256: bodyHash(e.speechesHtml),
    directionsSha256: bodyHash(e.directionsHtml),
    ...extra,
  };
}

export async function lockConference(tx: Tx, id: number): Promise<Conference | null> {
  const [c] = await tx.select().from(conferences).where(eq(conferences.id, id)).for("update");
  return c ?? null;
}

export async function lockOpenEdition(tx: Tx, conferenceId: number): Promise<ConferenceEdition | null> {
  const [e] = await tx
    .select()
    .from(conferenceEditions)
    .where(and(eq(conferenceEditions.conferenceId, conferenceId), inArray(conferenceEditions.status, [...OPEN_STATUSES])))
    .for("update");
  return e ?? null;
}

export async function nextEditionNumber(tx: Tx, conferenceId: number): Promise<number> {
  const [{ n }] = await tx.select({ n: max(conferenceEditions.number) }).from(conferenceEditions).where(eq(conferenceEditions.conferenceId, conferenceId));
  return Number(n ?? 0) + 1;
}

/** The images and indicators the content names must exist; refuses beside the row otherwise. */
export async function checkReferences(tx: Tx, data: Pick<ConferenceData, "photos" | "rows">): Promise<void> {
  const errors: FieldErrors = {};
  const mediaIds = [...new Set(data.photos.map((p) => p.mediaId.toLowerCase()))];
  const indicatorIds = [...new Set(data.rows.map((r) => r.indicatorId))];
  const foundMedia = new Set(mediaIds.length ? (await tx.select({ id: media.id }).from(media).where(inArray(media.id, mediaIds))).map((m) => m.id) : []);
  const foundIndicators = new Set(indicatorIds.length ? (await tx.select({ id: indicators.id }).from(indicators).where(inArray(indicators.id, indicatorIds))).map((i) => i.id) : []);
  data.photos.forEach((p, i) => {
    if (!foundMedia.has(p.mediaId.toLowerCase())) errors[`photos.${i}.mediaId`] = "Ảnh không còn trong thư viện. Vui lòng chọn lại.";
  });
  data.rows.forEach((r, i) => {
    if (!foundIndicators.has(r.indicatorId)) errors[`rows.${i}.indicatorId`] = "Chỉ tiêu không còn trong danh mục. Vui lòng chọn lại.";
  });
  if (hasErrors(errors)) refuse(errors);
}

/** The edition's fields as stored: rich text through the figures and the allowlist sanitiser. */
export async function editionFields(tx: Tx, data: ConferenceData) {
  const speeches = await prepareBody(tx, data.speechesHtml);
  const directions = await prepareBody(tx, data.directionsHtml);
  const bodyText = [data.summary, data.place, data.chairs, data.attendees, speeches.bodyText, directions.bodyText].filter(Boolean).join("\n");
  return {
    title: data.title,
    heldOn: data.heldOn,
    timeOfDay: data.timeOfDay,
    place: data.place,
    chairs: data.chairs,
    attendees: data.attendees,
    summary: data.summary,
    speechesHtml: speeches.bodyHtml,
    directionsHtml: directions.bodyHtml,
    bodyText: bodyText.slice(0, 100_000),
  };
}

/** Replaces an edition's photos and indicator rows with the given ones. */
export async function writeEditionParts(tx: Tx, editionId: number, data: Pick<ConferenceData, "photos" | "rows">): Promise<void> {
  await tx.delete(conferencePhotos).where(eq(conferencePhotos.editionId, editionId));
  await tx.delete(conferenceIndicatorRows).where(eq(conferenceIndicatorRows.editionId, editionId));
  if (data.photos.length) {
    await tx.insert(conferencePhotos).values(data.photos.map((p, position) => ({ editionId, mediaId: p.mediaId.toLowerCase(), caption: p.caption, position })));
  }
  if (data.rows.length) {
    await tx.insert(conferenceIndicatorRows).values(
      data.rows.map((r, position) => ({ editionId, indicatorId: r.indicatorId, year: r.year, kind: r.kind, value: r.value, statedSharePercent: r.statedShare, note: r.note, position })),
    );
  }
}

/** An edition's photos and rows, as a form or a new edition copies them. */
export async function readEditionParts(tx: Tx, editionId: number) {
  const photos = await tx.select().from(conferencePhotos).where(eq(conferencePhotos.editionId, editionId)).orderBy(asc(conferencePhotos.position));
  const rows = await tx.select().from(conferenceIndicatorRows).where(eq(conferenceIndicatorRows.editionId, editionId)).orderBy(asc(conferenceIndicatorRows.position));
  return { photos, rows };
}

/** What a report needs before citizens may see it; null when it has it. */
export function publishProblem(e: Pick<ConferenceEdition, "title" | "summary">): string | null {
  const missing: string[] = [];
  if (!e.title.trim()) missing.push("tên hội nghị");
  if (!e.summary.trim()) missing.push("tóm tắt");
  return missing.length ? `Báo cáo chưa thể đăng vì còn thiếu ${missing.join(", ")}.` : null;
}

export function refuseUnlessPublishable(e: Pick<ConferenceEdition, "title" | "summary">): void {
  const problem = publishProblem(e);
  if (problem) refuse(problem);
}

/** A second pair of eyes: the author of an edition never approves it. */
export function authorRefusal(createdById: number | null, actorId: number | null): FieldErrors | null {
  if (createdById !== null && createdById === actorId) {
    return { _form: "Bạn là người soạn ấn bản này nên không thể tự duyệt. Ấn bản cần một người khác duyệt (hoặc đăng không qua duyệt kèm lý do)." };
  }
  return null;
}

/** A slug from the title that no other report uses and no route reserves. */
export async function uniqueConferenceSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title) || "hoi-nghi";
  const rows = await tx
    .select({ slug: conferences.slug })
    .from(conferences)
    .where(or(eq(conferences.slug, base), sql`${conferences.slug} ~ ${`^${base}-[0-9]+$`}`));
  const taken = new Set(rows.map((r) => r.slug));
  for (const r of RESERVED_CONFERENCE_SLUGS) taken.add(r);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function staleVersionMessage(current: number): string {
  return `Ấn bản vừa được lưu bởi người khác (phiên bản ${current}). Vui lòng tải lại trang; nội dung bạn vừa nhập vẫn còn trong biểu mẫu.`;
}
