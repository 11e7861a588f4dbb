// A stored report (or nothing) as the form's starting values. Pure.
import type { ConferenceForEdit } from "@/lib/conferences/queries";
import type { ConferenceFormInitial } from "./conference-form";

const vnDate = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split("-").reverse().join("/") : iso);
const vnNumber = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

export const EMPTY_CONFERENCE: ConferenceFormInitial = {
  title: "",
  heldOn: "",
  timeOfDay: "",
  place: "",
  chairs: "",
  attendees: "",
  summary: "",
  speechesHtml: "",
  directionsHtml: "",
  isSample: false,
  photos: [],
  rows: [],
};

export function initialFrom(r: ConferenceForEdit): ConferenceFormInitial {
  const e = r.edition;
  return {
    id: r.conference.id,
    // Only an open edition is named: saving the live one opens a new edition.
    editionId: r.open ? e.id : undefined,
    version: r.open ? e.version : undefined,
    title: e.title,
    heldOn: vnDate(e.heldOn),
    timeOfDay: e.timeOfDay,
    place: e.place,
    chairs: e.chairs,
    attendees: e.attendees,
    summary: e.summary,
    speechesHtml: e.speechesHtml,
    directionsHtml: e.directionsHtml,
    isSample: r.conference.isSample,
    photos: r.photos.map((p) => ({ mediaId: p.mediaId, caption: p.caption })),
    rows: r.rows.map((x) => ({
      indicatorId: String(x.indicatorId),
      year: String(x.year),
      kind: x.kind,
      value: vnNumber(x.value),
      statedShare: vnNumber(x.statedSharePercent),
      note: x.note,
    })),
  };
}
