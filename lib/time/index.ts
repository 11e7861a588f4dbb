// The one place for time: instants are shown, typed and counted in Asia/Ho_Chi_Minh whatever the server's own
// time zone. Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact for every
// date the portal handles. Pure (no server imports): forms and pages share it.

export const TIME_ZONE = "Asia/Ho_Chi_Minh";
export const VN_OFFSET_MS = 7 * 3600_000;
export const DAY_MS = 24 * 3600_000;

const dateFmt = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const timeFmt = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });

type DateLike = Date | string | number | null | undefined;

/** 02/01/2014 */
export function formatDate(d: DateLike): string {
  if (d === null || d === undefined || d === "") return "";
  const parts = dateFmt.formatToParts(new Date(d));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")}`;
}

/** 09:00 */
export function formatTime(d: DateLike): string {
  if (d === null || d === undefined || d === "") return "";
  return timeFmt.format(new Date(d));
}

/** 09:00 02/01/2014 */
export function formatDateTime(d: DateLike): string {
  if (d === null || d === undefined || d === "") return "";
  return `${formatTime(d)} ${formatDate(d)}`;
}

/** 02/01/2014 09:00 (date first: for logs and tables sorted by day). */
export function formatDateThenTime(d: DateLike): string {
  if (d === null || d === undefined || d === "") return "";
  return `${formatDate(d)} ${formatTime(d)}`;
}

/** ISO date-time for <time dateTime>. */
export function isoDateTime(d: DateLike): string {
  return d === null || d === undefined || d === "" ? "" : new Date(d).toISOString();
}

/** The calendar day, wall-clock hour and minute of an instant in Vietnam. */
export function vietnamParts(d: Date): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const local = new Date(d.getTime() + VN_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    weekday: local.getUTCDay(), // 0 = Sunday
  };
}

/** The instant a Vietnamese wall-clock time happens; null when it is not a real calendar time. */
export function vietnamInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date | null {
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  // Date.UTC rolls 31/02 over into March: a real date reads back the same.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) return null;
  return new Date(utc - VN_OFFSET_MS);
}

/**
 * A `datetime-local` value typed in Asia/Ho_Chi_Minh ("2026-11-26T14:30" or with seconds) as an instant;
 * null when the text is not a real calendar time (e.g. 30 February).
 */
export function parseVietnamLocalDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  return vietnamInstant(y, mo, d, h, mi, s);
}

/** The instant as a `datetime-local` value in Asia/Ho_Chi_Minh (minutes), to refill a form. */
export function toVietnamLocalInput(d: DateLike): string {
  if (d === null || d === undefined || d === "") return "";
  return new Date(new Date(d).getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * The instant a calendar day starts in Asia/Ho_Chi_Minh, from "dd/mm/yyyy" (or d/m/yyyy) or "yyyy-mm-dd";
 * null when the text is not a real date (years 1970–9999).
 */
export function parseVietnamDate(text: string): Date | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (y < 1970 || y > 9999) return null;
  return vietnamInstant(y, m, d);
}

/** The start (00:00 in Vietnam) of the day an instant falls on. */
export function startOfVietnamDay(d: Date): Date {
  const p = vietnamParts(d);
  return vietnamInstant(p.year, p.month, p.day)!;
}

/** "2014-01-02": the Vietnamese calendar day of an instant, as an ISO date. */
export function vietnamIsoDate(d: Date): string {
  const p = vietnamParts(d);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}
