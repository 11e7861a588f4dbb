// Input rules of the holiday table (administrators' forms and the server share them; no server imports):
// a real calendar date typed as dd/mm/yyyy (or yyyy-mm-dd), a one-line Vietnamese name, a kind; a make-up
// working day is a Saturday or a Sunday (any other day already counts).
import { z } from "zod";
import { parseVietnamDate, vietnamIsoDate } from "@/lib/time";
import { weekdayOf } from "@/lib/time/working-days";

export const HOLIDAY_YEAR_MIN = 2000;
export const HOLIDAY_YEAR_MAX = 2100;

export const HOLIDAY_KIND_LABELS = { day_off: "Ngày nghỉ", working_day: "Ngày làm bù" } as const;
export const HOLIDAY_SOURCE_LABELS = { library: "Thư viện ngày lễ", rule: "Theo Bộ luật Lao động", staff: "Cán bộ nhập/sửa" } as const;
export type HolidayKindCode = keyof typeof HOLIDAY_KIND_LABELS;

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();

/** A calendar day as an ISO date ("2026-09-03"), from what an administrator typed. */
export const holidayDate = z
  .string({ error: "Vui lòng nhập ngày (dd/mm/yyyy)." })
  .trim()
  .min(1, "Vui lòng nhập ngày (dd/mm/yyyy).")
  .transform((s, ctx) => {
    const d = parseVietnamDate(s);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "Ngày không hợp lệ. Vui lòng nhập theo dạng dd/mm/yyyy, ví dụ 03/09/2026." });
      return z.NEVER;
    }
    return vietnamIsoDate(d);
  })
  .refine((iso) => {
    const y = Number(iso.slice(0, 4));
    return y >= HOLIDAY_YEAR_MIN && y <= HOLIDAY_YEAR_MAX;
  }, `Chỉ nhận ngày từ năm ${HOLIDAY_YEAR_MIN} đến năm ${HOLIDAY_YEAR_MAX}.`);

export const holidayYear = z.coerce
  .number({ error: "Năm không hợp lệ." })
  .int("Năm không hợp lệ.")
  .min(HOLIDAY_YEAR_MIN, `Năm phải từ ${HOLIDAY_YEAR_MIN} đến ${HOLIDAY_YEAR_MAX}.`)
  .max(HOLIDAY_YEAR_MAX, `Năm phải từ ${HOLIDAY_YEAR_MIN} đến ${HOLIDAY_YEAR_MAX}.`);

const name = z
  .string({ error: "Vui lòng nhập tên ngày." })
  .transform(oneLine)
  .pipe(z.string().min(1, "Vui lòng nhập tên ngày, ví dụ: Nghỉ bù Quốc khánh.").max(200, "Tên ngày tối đa 200 ký tự."));

const kind = z.enum(["day_off", "working_day"], { error: "Vui lòng chọn loại ngày: ngày nghỉ hoặc ngày làm bù." });

const isWeekend = (iso: string) => [0, 6].includes(weekdayOf(iso));
const WEEKDAY_MAKE_UP = "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật: các ngày khác vốn là ngày làm việc.";

export const holidayInput = z
  .object({ date: holidayDate, name, kind })
  .superRefine((v, ctx) => {
    if (v.kind === "working_day" && !isWeekend(v.date)) ctx.addIssue({ code: "custom", path: ["kind"], message: WEEKDAY_MAKE_UP });
  });
export type HolidayInput = z.input<typeof holidayInput>;

/** An edit keeps the date (to move a day, delete it and add the new one). */
export const holidayEditInput = holidayInput;
