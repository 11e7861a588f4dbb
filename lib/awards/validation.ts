// Input rules and words of the awards registry, shared by the admin forms, the public pages and the server
// (no server imports): the forms of commendation with their labels, the decision record, the paste format of
// recipients ("tên; chức vụ; đơn vị" for a person, "tên" for a collective) with row-numbered errors, the public
// filters, and counts in words as the reference article gives them ("3 tập thể và 3 cá nhân").
import { z } from "zod";
import { AWARD_FORMS, type AwardForm, type AwardStatus, type RecipientKind } from "@/db/schema/awards";
import { parseVietnamDate, vietnamIsoDate } from "@/lib/time";
import { slugify } from "@/lib/text/slug";

export { AWARD_FORMS, type AwardForm, type AwardStatus, type RecipientKind };

export const AWARD_FORM_LABELS: Record<AwardForm, string> = {
  co_thi_dua: "Cờ thi đua",
  bang_khen: "Bằng khen",
  giay_khen: "Giấy khen",
  chien_si_thi_dua: "Chiến sĩ thi đua",
  lao_dong_tien_tien: "Lao động tiên tiến",
  other: "Hình thức khác",
};

export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = { draft: "Bản nháp", published: "Đã công bố", revoked: "Đã thu hồi" };
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = { collective: "Tập thể", individual: "Cá nhân" };

export const MAX_RECIPIENTS = 500;
export const RECIPIENT_LIMITS = { name: 300, jobTitle: 200, unit: 300 } as const;

const text = (max: number, label: string) =>
  z.preprocess((v) => (v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : v), z.string().max(max, `${label} tối đa ${max} ký tự.`));
const required = (max: number, missing: string, label: string) => text(max, label).pipe(z.string().min(1, missing));

/** A date typed as dd/mm/yyyy (or yyyy-mm-dd), kept as an ISO date. */
export const vnDate = (missing: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z
      .string()
      .min(1, missing)
      .refine((s) => parseVietnamDate(s) !== null, "Ngày phải là ngày có thật, dạng ngày/tháng/năm, ví dụ 02/01/2014.")
      .transform((s) => vietnamIsoDate(parseVietnamDate(s)!)),
  );

const conferenceSlug = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
  z.string().max(200, "Đường dẫn hội nghị tối đa 200 ký tự.").regex(/^[a-z0-9-]+$/, "Đường dẫn hội nghị chỉ gồm chữ thường không dấu, số và dấu gạch ngang.").nullable(),
);

export const decisionInput = z.object({
  form: z.enum(AWARD_FORMS, { error: "Vui lòng chọn hình thức khen thưởng." }),
  title: text(300, "Tên danh hiệu, hình thức"),
  issuer: required(300, "Vui lòng nhập cơ quan ban hành quyết định.", "Cơ quan ban hành"),
  decisionNumber: required(100, "Vui lòng nhập số quyết định.", "Số quyết định"),
  decisionDate: vnDate("Vui lòng nhập ngày ký quyết định."),
  year: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.coerce.number({ error: "Năm phải là số, ví dụ 2013." }).int("Năm phải là số nguyên, ví dụ 2013.").min(1945, "Năm từ 1945 trở đi.").max(2200, "Năm không hợp lệ."),
  ),
  reason: text(4000, "Thành tích"),
  signerName: text(200, "Người ký"),
  signerTitle: text(200, "Chức vụ người ký"),
  conferenceSlug,
  isSample: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
/** What callers pass: form strings or typed values (the schema checks and converts). */
export type DecisionInput = { [K in keyof z.input<typeof decisionInput>]?: unknown } & { recipientsText?: string };
export type DecisionData = z.output<typeof decisionInput>;

export const issuerSlugOf = (issuer: string) => slugify(issuer, 100) || "co-quan";

export const revokeInput = z.object({
  reason: required(2000, "Vui lòng nêu lý do thu hồi.", "Lý do thu hồi"),
  revokedOn: vnDate("Vui lòng nhập ngày thu hồi."),
});

// --- Recipients ---

export type RecipientData = { kind: RecipientKind; name: string; jobTitle: string; unit: string };
/** A bad row: N is the line (pasted text) or the row a spreadsheet shows (files, header = row 1). */
export type RowError = { row: number; message: string };

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** Checks one recipient's parts; the messages name no row (the caller adds "Dòng N"). */
export function checkRecipient(r: RecipientData): string | null {
  if (!r.name) return "thiếu tên người hoặc tập thể được khen thưởng.";
  if (r.name.length > RECIPIENT_LIMITS.name) return `tên tối đa ${RECIPIENT_LIMITS.name} ký tự.`;
  if (r.jobTitle.length > RECIPIENT_LIMITS.jobTitle) return `chức vụ tối đa ${RECIPIENT_LIMITS.jobTitle} ký tự.`;
  if (r.unit.length > RECIPIENT_LIMITS.unit) return `đơn vị tối đa ${RECIPIENT_LIMITS.unit} ký tự.`;
  if (r.kind === "collective" && (r.jobTitle || r.unit)) return "tập thể không có chức vụ, đơn vị.";
  return null;
}

export const describeRowError = (e: RowError) => `Dòng ${e.row}: ${e.message}`;

/**
 * The pasted list: one recipient a line, `tên; chức vụ; đơn vị` for a person (chức vụ or đơn vị may be left
 * empty between the semicolons), `tên` alone for a collective. Blank lines are skipped but still counted, so
 * "Dòng N" is the line the administrator sees. All rows or none: any bad line is reported.
 */
export function parseRecipientLines(input: string): { rows: RecipientData[]; errors: RowError[] } {
  const rows: RecipientData[] = [];
  const errors: RowError[] = [];
  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const parts = line.split(";").map(clean);
    let r: RecipientData;
    if (parts.length === 1) r = { kind: "collective", name: parts[0]!, jobTitle: "", unit: "" };
    else if (parts.length === 3) r = { kind: "individual", name: parts[0]!, jobTitle: parts[1]!, unit: parts[2]! };
    else {
      errors.push({
        row: i + 1,
        message:
          parts.length === 2
            ? "cá nhân cần đủ 3 phần “tên; chức vụ; đơn vị” (để trống phần không có, ví dụ “Nguyễn Văn A; ; Phòng Bưu chính”); tập thể chỉ ghi tên."
            : `có ${parts.length} phần, nhiều hơn 3 phần “tên; chức vụ; đơn vị”.`,
      });
      return;
    }
    const problem = checkRecipient(r);
    if (problem) errors.push({ row: i + 1, message: problem });
    else rows.push(r);
  });
  if (!errors.length && rows.length > MAX_RECIPIENTS) errors.push({ row: lines.length, message: `một quyết định có tối đa ${MAX_RECIPIENTS} người nhận.` });
  return { rows, errors };
}

/** Recipients back in the paste format (to refill the textarea, e.g. after reading a file). */
export function formatRecipientLines(rows: readonly Pick<RecipientData, "kind" | "name" | "jobTitle" | "unit">[]): string {
  return rows.map((r) => (r.kind === "collective" ? r.name : `${r.name}; ${r.jobTitle}; ${r.unit}`)).join("\n");
}

/** "3 tập thể và 3 cá nhân", "7 tập thể", "1 cá nhân", as the reference article counts them. */
export function countInWords(collectives: number, individuals: number): string {
  const parts = [collectives ? `${collectives} tập thể` : "", individuals ? `${individuals} cá nhân` : ""].filter(Boolean);
  return parts.length ? parts.join(" và ") : "chưa có người nhận";
}

// --- Public filters ---

const optionalSlug = z.preprocess((v) => (typeof v === "string" && /^[a-z0-9-]{1,100}$/.test(v) ? v : undefined), z.string().optional());
export const awardsQuery = z.object({
  year: z.preprocess((v) => (typeof v === "string" && /^\d{4}$/.test(v) ? Number(v) : undefined), z.number().int().optional()),
  issuer: optionalSlug,
  form: z.preprocess((v) => ((AWARD_FORMS as readonly unknown[]).includes(v) ? v : undefined), z.enum(AWARD_FORMS).optional()),
});
export type AwardsQuery = z.output<typeof awardsQuery>;

/** The /awards (or /awards.csv) address of a filter, parameters in a stable order. */
export function awardsHref(q: AwardsQuery, base = "/awards"): string {
  const p = new URLSearchParams();
  if (q.year) p.set("year", String(q.year));
  if (q.issuer) p.set("issuer", q.issuer);
  if (q.form) p.set("form", q.form);
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}

/** What a decision's form reads as: its own wording when given, else the form's label. */
export const formWording = (d: { form: AwardForm; title: string }) => d.title || AWARD_FORM_LABELS[d.form];
