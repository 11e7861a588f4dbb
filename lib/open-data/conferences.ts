// Open data reads of conference reports: only what isPublicConference allows (published, its time come), each
// showing its live edition, never a draft or an edition in review. Reports come newest meeting first (then id),
// by keyset; indicators come in code order, each as its series over the years from every published report, with
// the share reached as lib/conferences/series.ts computes it (computed from target and result, or the share the
// source states; none invented).
import "server-only";
import { and, asc, desc, eq, gt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { conferenceEditions, conferenceIndicatorRows, conferences, indicators } from "@/db/schema";
import { getPublishedConference, isPublicConference, loadIndicatorSeries, type IndicatorSeries } from "@/lib/conferences/queries";
import type { SeriesPoint } from "@/lib/conferences/series";
import { cursorParam, dateKey, decodeCursor, idKey, limitParam } from "./params";
import { absoluteLinks, apiUrl, siteHref } from "./page";

export const CONFERENCES_LIST = "conferences";
export const INDICATORS_LIST = "indicators";

export const conferencesQuery = z.object({ limit: limitParam, cursor: cursorParam });
export type ConferencesQuery = z.output<typeof conferencesQuery>;

const conferencesKey = z.tuple([dateKey, idKey]);
const indicatorsKey = z.tuple([z.string().min(1).max(200)]);

export type ConferenceRow = Awaited<ReturnType<typeof listOpenConferences>>[number];

/** Up to limit + 1 public reports after the cursor. */
export async function listOpenConferences(q: ConferencesQuery) {
  const after = decodeCursor(CONFERENCES_LIST, q.cursor, conferencesKey);
  const where: SQL[] = [isPublicConference()];
  if (after) where.push(sql`(${conferenceEditions.heldOn}, ${conferences.id}) < (${after[0]}::date, ${after[1]})`);
  const db = await getDb();
  return db
    .select({
      id: conferences.id,
      slug: conferences.slug,
      title: conferenceEditions.title,
      heldOn: conferenceEditions.heldOn,
      timeOfDay: conferenceEditions.timeOfDay,
      place: conferenceEditions.place,
      summary: conferenceEditions.summary,
      publishedAt: conferences.publishedAt,
      updatedAt: conferenceEditions.updatedAt,
      isSample: conferences.isSample,
    })
    .from(conferences)
    .innerJoin(conferenceEditions, eq(conferenceEditions.id, conferences.liveEditionId))
    .where(and(...where))
    .orderBy(desc(conferenceEditions.heldOn), desc(conferences.id))
    .limit(q.limit + 1);
}

export const conferenceKeyOf = (r: ConferenceRow) => [r.heldOn, r.id] as const;

type SummaryFields = Omit<ConferenceRow, "id">;

export function serialiseConference(r: SummaryFields) {
  return {
    slug: r.slug,
    title: r.title,
    heldOn: r.heldOn,
    timeOfDay: r.timeOfDay,
    place: r.place,
    summary: r.summary,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    isSample: r.isSample,
    url: siteHref(`/conferences/${r.slug}`),
    apiUrl: apiUrl(`/conferences/${r.slug}`),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function serialisePoint(p: SeriesPoint) {
  return {
    year: p.year,
    target: p.target ? { value: p.target.value, note: p.target.note } : null,
    result: p.result ? { value: p.result.value, note: p.result.note } : null,
    shareReached: p.share ? { percent: round2(p.share.percent), basis: p.share.basis } : null,
  };
}

export function serialiseSeries(s: IndicatorSeries) {
  return { code: s.indicator.code, name: s.indicator.name, unit: s.indicator.unit, points: s.points.map(serialisePoint) };
}

/** One public report in full: its live edition, indicator rows as the report states them, and each indicator's series. */
export async function getOpenConference(slug: string) {
  const c = await getPublishedConference(slug);
  if (!c) return null;
  return {
    ...serialiseConference({ ...c, publishedAt: c.publishedAt, updatedAt: c.updatedAt }),
    chairs: c.chairs,
    attendees: c.attendees,
    speechesHtml: absoluteLinks(c.speechesHtml),
    directionsHtml: absoluteLinks(c.directionsHtml),
    photos: c.photos.map((p) => ({ url: siteHref(`/media/${p.mediaId}`), caption: p.caption, alt: p.altText, width: p.width, height: p.height })),
    indicatorRows: c.rows.map((r) => ({
      code: r.code,
      name: r.name,
      unit: r.unit,
      year: r.year,
      kind: r.kind,
      value: r.value,
      statedSharePercent: r.statedSharePercent,
      note: r.note,
    })),
    series: c.series.map(serialiseSeries),
  };
}

/** Up to limit + 1 indicators that some public report holds, in code order after the cursor, with their series. */
export async function listOpenIndicatorSeries(q: ConferencesQuery): Promise<IndicatorSeries[]> {
  const after = decodeCursor(INDICATORS_LIST, q.cursor, indicatorsKey);
  const where: SQL[] = [isPublicConference()];
  if (after) where.push(gt(indicators.code, after[0]));
  const db = await getDb();
  const ids = await db
    .selectDistinct({ id: indicators.id, code: indicators.code })
    .from(indicators)
    .innerJoin(conferenceIndicatorRows, eq(conferenceIndicatorRows.indicatorId, indicators.id))
    .innerJoin(conferences, eq(conferences.liveEditionId, conferenceIndicatorRows.editionId))
    .where(and(...where))
    .orderBy(asc(indicators.code))
    .limit(q.limit + 1);
  return loadIndicatorSeries(ids.map((i) => i.id));
}

export const indicatorKeyOf = (s: IndicatorSeries) => [s.indicator.code] as const;
