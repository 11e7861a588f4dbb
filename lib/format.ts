// Vietnamese presentation: dates dd/mm/yyyy and times in Asia/Ho_Chi_Minh, numbers with "." thousands.
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateFmt = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const timeFmt = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });
const numberFmt = new Intl.NumberFormat("vi-VN");
const decimalFmt = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 02/01/2014 */
export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "";
  const parts = dateFmt.formatToParts(new Date(d));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")}`;
}

/** 09:00 02/01/2014 */
export function formatDateTime(d: Date | string | null | undefined): string {
  if (!d) return "";
  return `${timeFmt.format(new Date(d))} ${formatDate(d)}`;
}

/** ISO date-time for <time dateTime>. */
export function isoDateTime(d: Date | string | null | undefined): string {
  return d ? new Date(d).toISOString() : "";
}

/** 1.467 */
export function formatNumber(n: number): string {
  return numberFmt.format(n);
}

/** 4,2 */
export function formatDecimal(n: number): string {
  return decimalFmt.format(n);
}
