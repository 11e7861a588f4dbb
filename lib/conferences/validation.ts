// Input rules of conference reports and indicators (zod), shared by forms and mutations: a report's fields,
// its photos and indicator rows (Vietnamese numbers: "4.020", "175,0"), an indicator of the managed list.
// Pure: imports nothing server-side.
import { z } from "zod";
import { parsePageNumber } from "@/lib/pagination";
import { skipReviewInput } from "@/lib/newsroom/validation";

export { skipReviewInput };

export const CONFERENCE_PAGE_SIZE = 10;

export const CONFERENCE_STATUS_LABELS = { draft: "Chưa đăng", published: "Đang đăng", unpublished: "Đã gỡ" } as const;
export const EDITION_STATUS_LABELS = {
  draft: "Bản nháp",
  in_review: "Chờ duyệt",
  published: "Đang đăng",
  superseded: "Đã thay bằng ấn bản sau",
  discarded: "Đã hủy",
} as const;
export const KIND_LABELS = { result: "Kết quả", target: "Chỉ tiêu" } as const;
export const KINDS = ["result", "target"] as const;

/** Slugs a route already uses under /conferences/ (/conferences/page/N is the list). */
export const RESERVED_CONFERENCE_SLUGS: ReadonlySet<string> = new Set(["page"]);

export const conferenceSlugParam = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(140);
export const conferencePageParam = z.unknown().transform((v) => parsePageNumber(v));

/**
 * A number as staff type it in Vietnamese ("4.020", "175,0", "1.467", "12.000") or plainly ("175.5"):
 * with a comma, dots group thousands and the comma is the decimal mark; without one, dots group thousands
 * only when they do so exactly ("4.020"), otherwise a dot is a decimal point.
 */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0]/g, "");
  if (!s) return null;
  let normal: string;
  if (s.includes(",")) {
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(s) && !/^-?\d+(,\d+)?$/.test(s)) return NaN;
    normal = s.replace(/\./g, "").replace(",", ".");
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
    normal = s.replace(/\./g, "");
  } else if (/^-?\d+(\.\d+)?$/.test(s)) {
    normal = s;
  } else return NaN;
  const n = Number(normal);
  return Number.isFinite(n) ? n : NaN;
}

const optionalNumber = (label: string, max: number) =>
  z
    .string()
    .max(40)
    .default("")
    .transform((v, ctx) => {
      const n = parseVietnameseNumber(v);
      if (n === null) return null;
      if (Number.isNaN(n) || Math.abs(n) > max) {
        ctx.addIssue({ code: "custom", message: `${label} phải là một số (ví dụ 4.020 hoặc 175,5).` });
        return z.NEVER;
      }
      return n;
    });

const text = (max: number, label: string) => z.string().trim().max(max, `${label} tối đa ${max} ký tự.`).default("");

/** dd/mm/yyyy (as staff type it) or yyyy-mm-dd (a date input) to yyyy-mm-dd. */
export function parseHeldOn(raw: string): string | null {
  const s = raw.trim();
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d || y < 1945 || y > 2200) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export const indicatorRowInput = z
  .object({
    indicatorId: z.coerce.number({ error: "Vui lòng chọn chỉ tiêu." }).int().positive("Vui lòng chọn chỉ tiêu."),
    year: z.coerce
      .number({ error: "Năm phải là số có 4 chữ số." })
      .int("Năm phải là số có 4 chữ số.")
      .min(1945, "Năm phải từ 1945 đến 2200.")
      .max(2200, "Năm phải từ 1945 đến 2200."),
    kind: z.enum(KINDS, { error: "Vui lòng chọn Kết quả hoặc Chỉ tiêu." }),
    value: optionalNumber("Giá trị", 1e15),
    statedShare: optionalNumber("Tỷ lệ đạt kế hoạch", 1e6),
    note: text(500, "Ghi chú"),
  })
  .superRefine((r, ctx) => {
    if (r.value === null && r.statedShare === null && !r.note) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Vui lòng nhập giá trị (hoặc tỷ lệ đạt kế hoạch, hoặc ghi chú khi nguồn không nêu số)." });
    }
    if (r.statedShare !== null && r.kind === "target") {
      ctx.addIssue({ code: "custom", path: ["statedShare"], message: "Tỷ lệ đạt kế hoạch chỉ ghi cho dòng kết quả." });
    }
  });

export const photoInput = z.object({
  mediaId: z.string().uuid("Vui lòng chọn ảnh trong thư viện."),
  caption: text(500, "Chú thích"),
});

export const conferenceInput = z
  .object({
    title: z.string().trim().min(1, "Vui lòng nhập tên hội nghị.").max(300, "Tên hội nghị tối đa 300 ký tự."),
    heldOn: z
      .string()
      .default("")
      .transform((v, ctx) => {
        const d = parseHeldOn(v);
        if (!d) {
          ctx.addIssue({ code: "custom", message: "Ngày họp phải có dạng ngày/tháng/năm, ví dụ 02/01/2014." });
          return z.NEVER;
        }
        return d;
      }),
    timeOfDay: text(40, "Buổi"),
    place: text(300, "Địa điểm"),
    chairs: text(3000, "Chủ trì"),
    attendees: text(5000, "Thành phần tham dự"),
    summary: text(10000, "Tóm tắt"),
    speechesHtml: z.string().max(200_000, "Nội dung quá dài.").default(""),
    directionsHtml: z.string().max(200_000, "Nội dung quá dài.").default(""),
    photos: z.array(photoInput).max(30, "Tối đa 30 ảnh.").default([]),
    rows: z.array(indicatorRowInput).max(200, "Tối đa 200 dòng chỉ tiêu.").default([]),
    isSample: z.union([z.boolean(), z.string()]).default(false).transform((v) => v === true || v === "on"),
  })
  .superRefine((c, ctx) => {
    const seen = new Map<string, number>();
    c.rows.forEach((r, i) => {
      const key = `${r.indicatorId}/${r.year}/${r.kind}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["rows", i, "year"], message: `Trùng với dòng ${(seen.get(key) ?? 0) + 1}: mỗi chỉ tiêu chỉ một dòng cho mỗi năm và loại.` });
      else seen.set(key, i);
    });
  });

export type ConferenceInput = z.input<typeof conferenceInput>;
export type ConferenceData = z.output<typeof conferenceInput>;

export const indicatorInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Vui lòng nhập mã chỉ tiêu.")
    .max(60, "Mã chỉ tiêu tối đa 60 ký tự.")
    .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, "Mã chỉ tiêu chỉ gồm chữ không dấu, số và dấu gạch (ví dụ doanh-thu)."),
  name: z.string().trim().min(1, "Vui lòng nhập tên chỉ tiêu.").max(300, "Tên chỉ tiêu tối đa 300 ký tự."),
  unit: text(60, "Đơn vị tính"),
});
export type IndicatorInput = z.input<typeof indicatorInput>;
