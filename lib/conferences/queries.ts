// Reads of conference reports: the public list and report page (only published reports whose time has come,
// each showing its live edition, with every indicator as a series over the years from all published
// reports), and the admin reads (authorised first).
import "server-only";
import { and, asc, count, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  conferenceEditions,
  conferenceIndicatorRows,
  conferencePhotos,
  conferences,
  indicators,
  media,
  users,
  type Conference,
  type ConferenceEdition,
  type Indicator,
} from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { parseRecordId } from "@/lib/kernel";
import { paginate } from "@/lib/pagination";
import { buildSeries, type SeriesPoint } from "./series";
import { CONFERENCE_PAGE_SIZE, conferenceSlugParam } from "./validation";

/** The one rule for what citizens may see of reports. */
export const isPublicConference = () => and(eq(conferences.status, "published"), lte(conferences.publishedAt, sql`now()`))!;

export type ConferenceSummary = { slug: string; title: string; heldOn: string; place: string; summary: string; isSample: boolean; publishedAt: Date | null };

export async function listPublishedConferences(opts: { page: number; pageSize?: number }) {
  const db = await getDb();
  const pageSize = opts.pageSize ?? CONFERENCE_PAGE_SIZE;
  const [{ total }] = await db.select({ total: count() }).from(conferences).where(isPublicConference());
  const { page, pageCount, offset } = paginate(total, opts.page, pageSize);
  const items: ConferenceSummary[] = await db
    .select({
      slug: conferences.slug,
      title: conferenceEditions.title,
      heldOn: conferenceEditions.heldOn,
      place: conferenceEditions.place,
      summary: conferenceEditions.summary,
      isSample: conferences.isSample,
      publishedAt: conferences.publishedAt,
    })
    .from(conferences)
    .innerJoin(conferenceEditions, eq(conferenceEditions.id, conferences.liveEditionId))
    .where(isPublicConference())
    .orderBy(desc(conferenceEditions.heldOn), desc(conferences.id))
    .limit(pageSize)
    .offset(offset);
  return { items, total, page, pageCount, pageSize };
}

export type ReportRow = {
  indicatorId: number;
  code: string;
  name: string;
  unit: string;
  year: number;
  kind: "result" | "target";
  value: number | null;
  statedSharePercent: number | null;
  note: string;
};
export type IndicatorSeries = { indicator: Pick<Indicator, "id" | "code" | "name" | "unit">; points: SeriesPoint[] };
export type PhotoView = { mediaId: string; caption: string; altText: string; width: number | null; height: number | null };

async function editionParts(editionId: number) {
  const db = await getDb();
  const photos: PhotoView[] = await db
    .select({ mediaId: conferencePhotos.mediaId, caption: conferencePhotos.caption, altText: media.altText, width: media.width, height: media.height })
    .from(conferencePhotos)
    .innerJoin(media, eq(media.id, conferencePhotos.mediaId))
    .where(eq(conferencePhotos.editionId, editionId))
    .orderBy(asc(conferencePhotos.position));
  const rows: ReportRow[] = await db
    .select({
      indicatorId: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      year: conferenceIndicatorRows.year,
      kind: conferenceIndicatorRows.kind,
      value: conferenceIndicatorRows.value,
      statedSharePercent: conferenceIndicatorRows.statedSharePercent,
      note: conferenceIndicatorRows.note,
    })
    .from(conferenceIndicatorRows)
    .innerJoin(indicators, eq(indicators.id, conferenceIndicatorRows.indicatorId))
    .where(eq(conferenceIndicatorRows.editionId, editionId))
    .orderBy(asc(conferenceIndicatorRows.position));
  return { photos, rows };
}

/** Each indicator's series over the years, from the live editions of every published report. */
export async function loadIndicatorSeries(indicatorIds: readonly number[]): Promise<IndicatorSeries[]> {
  if (!indicatorIds.length) return [];
  const db = await getDb();
  const rows = await db
    .select({
      indicatorId: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      year: conferenceIndicatorRows.year,
      kind: conferenceIndicatorRows.kind,
      value: conferenceIndicatorRows.value,
      statedSharePercent: conferenceIndicatorRows.statedSharePercent,
      note: conferenceIndicatorRows.note,
      heldOn: conferenceEditions.heldOn,
    })
    .from(conferenceIndicatorRows)
    .innerJoin(indicators, eq(indicators.id, conferenceIndicatorRows.indicatorId))
    .innerJoin(conferenceEditions, eq(conferenceEditions.id, conferenceIndicatorRows.editionId))
    .innerJoin(conferences, eq(conferences.liveEditionId, conferenceEditions.id))
    .where(and(isPublicConference(), inArray(conferenceIndicatorRows.indicatorId, [...indicatorIds])));
  return indicatorIds.flatMap((id) => {
    const mine = rows.filter((r) => r.indicatorId === id);
    if (!mine.length) return [];
    const { code, name, unit } = mine[0];
    return [{ indicator: { id, code, name, unit }, points: buildSeries(mine) }];
  });
}

export type PublicConference = Pick<
  ConferenceEdition,
  "title" | "heldOn" | "timeOfDay" | "place" | "chairs" | "attendees" | "summary" | "speechesHtml" | "directionsHtml" | "updatedAt"
> & { slug: string; isSample: boolean; publishedAt: Date | null; photos: PhotoView[]; rows: ReportRow[]; series: IndicatorSeries[] };

export async function getPublishedConference(rawSlug: string): Promise<PublicConference | null> {
  const slug = conferenceSlugParam.safeParse(rawSlug);
  if (!slug.success) return null;
  const db = await getDb();
  const [row] = await db
    .select({ c: conferences, e: conferenceEditions })
    .from(conferences)
    .innerJoin(conferenceEditions, eq(conferenceEditions.id, conferences.liveEditionId))
    .where(and(isPublicConference(), eq(conferences.slug, slug.data)))
    .limit(1);
  if (!row) return null;
  const { photos, rows } = await editionParts(row.e.id);
  const series = await loadIndicatorSeries([...new Set(rows.map((r) => r.indicatorId))]);
  const { e, c } = row;
  return {
    slug: c.slug,
    isSample: c.isSample,
    publishedAt: c.publishedAt,
    title: e.title,
    heldOn: e.heldOn,
    timeOfDay: e.timeOfDay,
    place: e.place,
    chairs: e.chairs,
    attendees: e.attendees,
    summary: e.summary,
    speechesHtml: e.speechesHtml,
    directionsHtml: e.directionsHtml,
    updatedAt: e.updatedAt,
    photos,
    rows,
    series,
  };
}

export async function listSitemapConferences() {
  const db = await getDb();
  return db.select({ slug: conferences.slug, updatedAt: conferences.updatedAt }).from(conferences).where(isPublicConference()).orderBy(desc(conferences.publishedAt));
}

// ---- Admin reads ----

export type AdminConferenceItem = { id: number; slug: string; status: Conference["status"]; title: string; heldOn: string; openStatus: ConferenceEdition["status"] | null; updatedAt: Date };

export async function listAdminConferences(actor: Actor | null, opts: { page: number }) {
  assertCan(actor, "conferences.write");
  const db = await getDb();
  const pageSize = 20;
  const [{ total }] = await db.select({ total: count() }).from(conferences);
  const { page, pageCount, offset } = paginate(total, opts.page, pageSize);
  // The title shown is the open edition's when there is one, else the live one's.
  const shown = sql<number>`coalesce((select e.id from ${conferenceEditions} e where e.conference_id = ${conferences.id} and e.status in ('draft','in_review') limit 1), ${conferences.liveEditionId})`;
  const rows = await db
    .select({ id: conferences.id, slug: conferences.slug, status: conferences.status, updatedAt: conferences.updatedAt, shown })
    .from(conferences)
    .orderBy(desc(conferences.updatedAt), desc(conferences.id))
    .limit(pageSize)
    .offset(offset);
  const ids = rows.map((r) => Number(r.shown)).filter(Boolean);
  const eds = ids.length ? await db.select().from(conferenceEditions).where(inArray(conferenceEditions.id, ids)) : [];
  const items: AdminConferenceItem[] = rows.map((r) => {
    const e = eds.find((x) => x.id === Number(r.shown));
    const open = e && (e.status === "draft" || e.status === "in_review") ? e.status : null;
    return { id: r.id, slug: r.slug, status: r.status, updatedAt: r.updatedAt, title: e?.title ?? "", heldOn: e?.heldOn ?? "", openStatus: open };
  });
  return { items, total, page, pageCount, pageSize };
}

export type EditionHistoryItem = Pick<ConferenceEdition, "id" | "number" | "status" | "title" | "skipReviewReason" | "publishedAt" | "createdAt" | "closedReason"> & {
  authorName: string | null;
};

export type ConferenceForEdit = {
  conference: Conference;
  /** What the form edits: the open edition, else the live one (saving it then opens a new edition). */
  edition: ConferenceEdition;
  open: boolean;
  photos: { mediaId: string; caption: string }[];
  rows: { indicatorId: number; year: number; kind: "result" | "target"; value: number | null; statedSharePercent: number | null; note: string }[];
  history: EditionHistoryItem[];
};

export async function getConferenceForEdit(actor: Actor | null, id: number | string): Promise<ConferenceForEdit | null> {
  assertCan(actor, "conferences.write");
  const n = parseRecordId(id);
  if (n === null) return null;
  const db = await getDb();
  const [conference] = await db.select().from(conferences).where(eq(conferences.id, n));
  if (!conference) return null;
  const all = await db.select().from(conferenceEditions).where(eq(conferenceEditions.conferenceId, n)).orderBy(desc(conferenceEditions.number));
  const openEdition = all.find((e) => e.status === "draft" || e.status === "in_review");
  const edition = openEdition ?? all.find((e) => e.id === conference.liveEditionId) ?? all[0];
  if (!edition) return null;
  const photos = await db.select({ mediaId: conferencePhotos.mediaId, caption: conferencePhotos.caption }).from(conferencePhotos).where(eq(conferencePhotos.editionId, edition.id)).orderBy(asc(conferencePhotos.position));
  const rows = await db
    .select({
      indicatorId: conferenceIndicatorRows.indicatorId,
      year: conferenceIndicatorRows.year,
      kind: conferenceIndicatorRows.kind,
      value: conferenceIndicatorRows.value,
      statedSharePercent: conferenceIndicatorRows.statedSharePercent,
      note: conferenceIndicatorRows.note,
    })
    .from(conferenceIndicatorRows)
    .where(eq(conferenceIndicatorRows.editionId, edition.id))
    .orderBy(asc(conferenceIndicatorRows.position));
  const authorIds = [...new Set(all.map((e) => e.createdById).filter((x): x is number => x !== null))];
  const authors = authorIds.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, authorIds)) : [];
  const history = all.map((e) => ({
    id: e.id,
    number: e.number,
    status: e.status,
    title: e.title,
    skipReviewReason: e.skipReviewReason,
    publishedAt: e.publishedAt,
    createdAt: e.createdAt,
    closedReason: e.closedReason,
    authorName: authors.find((a) => a.id === e.createdById)?.name ?? null,
  }));
  return { conference, edition, open: !!openEdition, photos, rows, history };
}

export async function listIndicators(actor: Actor | null): Promise<(Indicator & { rowCount: number })[]> {
  assertCan(actor, "conferences.write");
  const db = await getDb();
  const rowCount = sql<number>`(select count(*)::int from ${conferenceIndicatorRows} r where r.indicator_id = ${indicators.id})`;
  return db
    .select({ id: indicators.id, code: indicators.code, name: indicators.name, unit: indicators.unit, createdAt: indicators.createdAt, updatedAt: indicators.updatedAt, rowCount })
    .from(indicators)
    .orderBy(asc(indicators.name));
}
