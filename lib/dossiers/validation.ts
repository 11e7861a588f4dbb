// What a citizen types into the level-3 form and what staff type at each step, with Vietnamese messages by
// field, and the national names of the statuses. Pure (no server imports): forms and server share it.
import { z } from "zod";
import { parseVietnamDate } from "@/lib/time";

export const DOSSIER_STATUSES = ["submitted", "accepted", "rejected", "processing", "supplement_requested", "done", "returned", "stopped", "withdrawn"] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** The national status names (as on dichvucong.gov.vn). */
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  submitted: "Mới đăng ký",
  accepted: "Được tiếp nhận",
  rejected: "Không được tiếp nhận",
  processing: "Đang xử lý",
  supplement_requested: "Yêu cầu bổ sung giấy tờ",
  done: "Đã xử lý xong",
  returned: "Đã trả kết quả",
  stopped: "Dừng xử lý",
  withdrawn: "Công dân yêu cầu rút hồ sơ",
};

/** Statuses in which the dossier is still being handled (the clock runs, or is paused for a supplement). */
export const OPEN_STATUSES: readonly DossierStatus[] = ["submitted", "accepted", "processing", "supplement_requested"];
/** Statuses in which the result exists (finished, for early / on time / late). */
export const FINISHED_STATUSES: readonly DossierStatus[] = ["done", "returned"];

/** The satisfaction levels of Decision 766/QĐ-TTg's service index, from 5 (best) to 1. */
export const RATING_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  5: "Rất hài lòng",
  4: "Hài lòng",
  3: "Bình thường",
  2: "Không hài lòng",
  1: "Rất không hài lòng",
};

const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
const text = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .transform(oneLine)
    .pipe(z.string().min(1, `Vui lòng nhập ${label}.`).max(max, `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`));

/** 0912 345 678, +84 912345678, (0238) 3844 123 → 0912345678 / 02383844123; null when not a Vietnamese number. */
export function normalizePhone(raw: string): string | null {
  let d = raw.replace(/[\s.()-]/g, "");
  if (d.startsWith("+84")) d = `0${d.slice(3)}`;
  else if (d.startsWith("84") && d.length === 11) d = `0${d.slice(2)}`;
  return /^0\d{9,10}$/.test(d) ? d : null;
}

const phone = z
  .string({ error: "Vui lòng nhập số điện thoại." })
  .transform((s, ctx) => {
    const n = normalizePhone(s);
    if (!n) {
      ctx.addIssue({ code: "custom", message: s.trim() ? "Số điện thoại không hợp lệ (ví dụ: 0912 345 678)." : "Vui lòng nhập số điện thoại." });
      return z.NEVER;
    }
    return n;
  });

export const dossierApplicantInput = z.object({
  fullName: text("họ và tên", 120),
  // Căn cước công dân: 12 digits (the old CMND had 9); a passport number for a foreigner: letters and digits.
  idNumber: z
    .string({ error: "Vui lòng nhập số định danh cá nhân (CCCD)." })
    .transform((s) => s.replace(/\s+/g, "").toUpperCase())
    .pipe(
      z
        .string()
        .min(1, "Vui lòng nhập số định danh cá nhân (CCCD).")
        .regex(/^(\d{12}|\d{9}|[A-Z]\d{7,8})$/, "Số định danh không hợp lệ: căn cước công dân gồm 12 chữ số (hoặc CMND 9 chữ số, hộ chiếu một chữ cái và 7–8 chữ số)."),
    ),
  phone,
  email: z
    .string()
    .default("")
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.union([z.literal(""), z.email("Email không hợp lệ.").max(254, "Email quá dài.")])),
  address: text("địa chỉ", 300),
  notes: z
    .string()
    .default("")
    .transform((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").trim())
    .pipe(z.string().max(2000, "Ghi chú tối đa 2.000 ký tự.")),
  consent: z.preprocess(
    (v) => v === "on" || v === true || v === "true" || v === "1",
    z.literal(true, { error: "Vui lòng đồng ý cho cơ quan xử lý dữ liệu cá nhân của bạn để giải quyết hồ sơ (Nghị định 13/2023/NĐ-CP)." }),
  ),
  // A random key the form was rendered with: the same post twice makes one dossier.
  submissionKey: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, "Biểu mẫu đã hết hạn. Vui lòng tải lại trang và nộp lại."),
});
export type DossierApplicantInput = z.input<typeof dossierApplicantInput>;

export const trackInput = z.object({
  code: z
    .string({ error: "Vui lòng nhập mã hồ sơ." })
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.string().min(1, "Vui lòng nhập mã hồ sơ.").max(60, "Mã hồ sơ không hợp lệ.").regex(/^[0-9A-Z.]+-\d{6}-\d{4}$/, "Mã hồ sơ có dạng 000.00.06.H42-231027-0361.")),
  phone,
});

/** A note at a processing step: for the applicant (shown when tracking) or internal. */
export const stepNote = (required: string | null) =>
  z.object({
    note: z
      .string()
      .default("")
      .transform((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ").trim())
      .pipe(required ? z.string().min(5, required).max(2000, "Ghi chú tối đa 2.000 ký tự.") : z.string().max(2000, "Ghi chú tối đa 2.000 ký tự.")),
    visibility: z.enum(["applicant", "internal"], { error: "Vui lòng chọn ai được xem ghi chú." }).default("applicant"),
  });

export const apologyInput = z.object({
  newDueDate: z
    .string({ error: "Vui lòng chọn ngày hẹn trả mới." })
    .transform((s, ctx) => {
      const d = parseVietnamDate(s);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "Ngày hẹn trả mới không hợp lệ (nhập dd/mm/yyyy)." });
        return z.NEVER;
      }
      return d;
    }),
  letter: z
    .string({ error: "Vui lòng nhập nội dung thư xin lỗi." })
    .trim()
    .min(20, "Vui lòng nhập nội dung thư xin lỗi (ít nhất 20 ký tự).")
    .max(5000, "Thư xin lỗi tối đa 5.000 ký tự."),
});

export const ratingInput = z.object({
  rating: z.coerce.number({ error: "Vui lòng chọn mức độ hài lòng." }).int().min(1, "Vui lòng chọn mức độ hài lòng.").max(5, "Vui lòng chọn mức độ hài lòng."),
});
