// Input rules and words of the public-services catalogue, shared by the public pages, the admin forms, the
// import and the server (no server imports): the levels and their two names (Decree 43/2011 and 42/2022),
// the procedure record's fields with their Vietnamese messages, the catalogue's filters and the line formats
// of documents, channels and legal basis.
import { z } from "zod";
import { parsePageNumber } from "@/lib/pagination";
import { parseVietnamDate, vietnamIsoDate } from "@/lib/time";

export const LEVELS = [1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** The level as citizens read it: level 3 also carries its Decree 42/2022 name ("một phần"). */
export const LEVEL_LABELS: Record<Level, string> = {
  1: "Mức độ 1",
  2: "Mức độ 2",
  3: "Mức độ 3 / Một phần",
};

/** What each level offers (SPEC part 3), for hints and the catalogue's explanation. */
export const LEVEL_DESCRIPTIONS: Record<Level, string> = {
  1: "Thông tin đầy đủ về thủ tục và các văn bản pháp lý liên quan.",
  2: "Như mức độ 1, có thêm mẫu đơn, tờ khai để tải về; hồ sơ nộp trực tiếp hoặc qua bưu chính.",
  3: "Như mức độ 2, có thêm điền và nộp hồ sơ trực tuyến, xử lý trực tuyến; lệ phí nộp và kết quả nhận tại cơ quan.",
};

export const levelLabel = (level: number): string => LEVEL_LABELS[level as Level] ?? `Mức độ ${level}`;

export const PUBLIC_PAGE_SIZE = 20;
export const ADMIN_PAGE_SIZE = 30;
export const MAX_QUERY_LENGTH = 200;

/**
 * A procedure code (mã thủ tục) as the national database writes it: groups of digits or letters joined by
 * dots, e.g. 1.000948, 2.000635 or 1.000948.000.00.00.H42 with a local suffix. Letters are kept upper-case.
 */
export const CODE_PATTERN = /^[0-9A-Z]{1,12}(?:\.[0-9A-Z]{1,12}){1,7}$/;
export const CODE_MAX = 60;
export const normalizeCode = (s: string) => s.normalize("NFC").trim().toUpperCase();

/** The national public-service portal; a procedure's link there must be https on a .gov.vn host. */
export const NATIONAL_PORTAL = "https://dichvucong.gov.vn";

export const LIMITS = {
  name: 500,
  kind: 200,
  text: 5000,
  item: 1000,
  steps: 50,
  channels: 20,
  documents: 50,
  legalBasis: 50,
  copies: 20,
  url: 500,
} as const;

/** One line of text: NFC (macOS sends decomposed Vietnamese), no control characters, single spaces. */
export const oneLine = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Several lines: NFC, no control characters but newlines, trimmed lines, no runs of blank lines. */
export const multiLine = (s: string) =>
  s
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

const text = (max: number, message: string) =>
  z.preprocess((v) => (v === null || v === undefined ? "" : v), z.string().transform(multiLine).pipe(z.string().max(max, message)));

const line = (max: number, requiredMessage: string | null, maxMessage: string) =>
  z.preprocess(
    (v) => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : v),
    z
      .string()
      .transform(oneLine)
      .pipe(requiredMessage ? z.string().min(1, requiredMessage).max(max, maxMessage) : z.string().max(max, maxMessage)),
  );

const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v),
    z.coerce.number({ error: message }).int(message).min(min, message).max(max, message),
  );

export const codeSchema = z.preprocess(
  (v) => (typeof v === "string" ? normalizeCode(v) : typeof v === "number" ? String(v) : v),
  z
    .string({ error: "Vui lòng nhập mã thủ tục." })
    .min(1, "Vui lòng nhập mã thủ tục.")
    .max(CODE_MAX, `Mã thủ tục tối đa ${CODE_MAX} ký tự.`)
    .regex(CODE_PATTERN, "Mã thủ tục gồm các nhóm chữ số (hoặc chữ) nối bằng dấu chấm, ví dụ 1.000948 hoặc 2.000635."),
);

export const levelSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z.coerce
    .number({ error: "Mức độ phải là 1, 2 hoặc 3." })
    .int("Mức độ phải là 1, 2 hoặc 3.")
    .min(1, "Mức độ phải là 1, 2 hoặc 3.")
    .max(3, "Mức độ phải là 1, 2 hoặc 3.")
    .transform((n) => n as Level),
);

const processingDays = wholeNumber(0, 365, "Thời hạn giải quyết phải là số nguyên ngày làm việc, từ 0 đến 365.");

/** A national-portal link: empty (none) or https on a .gov.vn host. */
export const nationalUrlSchema = z.preprocess(
  (v) => (v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : v),
  z
    .string()
    .max(LIMITS.url, `Đường dẫn tối đa ${LIMITS.url} ký tự.`)
    .refine((s) => s === "" || isGovUrl(s), "Đường dẫn Cổng Dịch vụ công phải bắt đầu bằng https:// và thuộc tên miền .gov.vn, ví dụ https://dichvucong.gov.vn/…")
    .transform((s) => (s === "" ? null : s)),
);

function isGovUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === "https:" && (u.hostname === "gov.vn" || u.hostname.endsWith(".gov.vn")) && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** An effective date typed as dd/mm/yyyy (or yyyy-mm-dd), stored as an ISO date; empty when unknown. */
const effectiveDate = z.preprocess(
  (v) => (v === null || v === undefined ? "" : typeof v === "string" ? v.trim() : v),
  z
    .string()
    .refine((s) => s === "" || parseVietnamDate(s) !== null, "Ngày hiệu lực phải là ngày có thật, dạng ngày/tháng/năm, ví dụ 01/01/2017.")
    .transform((s) => (s === "" ? "" : vietnamIsoDate(parseVietnamDate(s)!))),
);

export const stepSchema = line(LIMITS.item, "Vui lòng nhập nội dung bước.", `Mỗi bước tối đa ${LIMITS.item} ký tự.`);

export const channelSchema = z.object({
  name: line(300, "Vui lòng nhập tên cách thức (ví dụ: Trực tiếp).", "Tên cách thức tối đa 300 ký tự."),
  time: line(300, null, "Thời hạn tối đa 300 ký tự."),
  fee: line(300, null, "Phí, lệ phí tối đa 300 ký tự."),
});

const copies = (what: string) => wholeNumber(0, LIMITS.copies, `Số ${what} phải là số nguyên từ 0 đến ${LIMITS.copies}.`);

export const documentSchema = z
  .object({
    /** A stored document's id, as the edit form carries it: the same row stays the same record. */
    id: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().positive().optional().catch(undefined)),
    name: line(LIMITS.item, "Vui lòng nhập tên giấy tờ.", `Tên giấy tờ tối đa ${LIMITS.item} ký tự.`),
    originals: z.preprocess((v) => (v === "" || v === undefined || v === null ? 1 : v), copies("bản chính")),
    copies: z.preprocess((v) => (v === "" || v === undefined || v === null ? 0 : v), copies("bản sao")),
    required: z.preprocess((v) => !(v === false || v === "no" || v === "false" || v === "0"), z.boolean()),
  })
  .refine((d) => d.originals + d.copies > 0, { message: "Cần ít nhất một bản (chính hoặc sao).", path: ["originals"] });

export const legalBasisSchema = z.object({
  number: line(200, "Vui lòng nhập số, ký hiệu văn bản (ví dụ: 103/2016/QH13).", "Số văn bản tối đa 200 ký tự."),
  title: line(LIMITS.item, null, `Trích yếu tối đa ${LIMITS.item} ký tự.`),
  effectiveDate,
});

const list = <T extends z.ZodType>(item: T, max: number, message: string) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : v), z.array(item).max(max, message));

/** Every field of a procedure record but its field and agency (which the form names by id, the import by name). */
export const procedureCore = {
  code: codeSchema,
  name: line(LIMITS.name, "Vui lòng nhập tên thủ tục.", `Tên thủ tục tối đa ${LIMITS.name} ký tự.`),
  level: levelSchema,
  subjects: text(LIMITS.text, `Đối tượng thực hiện tối đa ${LIMITS.text} ký tự.`),
  steps: list(stepSchema, LIMITS.steps, `Tối đa ${LIMITS.steps} bước.`),
  channels: list(channelSchema, LIMITS.channels, `Tối đa ${LIMITS.channels} cách thức.`),
  documents: list(documentSchema, LIMITS.documents, `Tối đa ${LIMITS.documents} thành phần hồ sơ.`),
  processingDays,
  fees: text(LIMITS.text, `Phí, lệ phí tối đa ${LIMITS.text} ký tự.`),
  result: text(LIMITS.text, `Kết quả tối đa ${LIMITS.text} ký tự.`),
  conditions: text(LIMITS.text, `Yêu cầu, điều kiện tối đa ${LIMITS.text} ký tự.`),
  legalBasis: list(legalBasisSchema, LIMITS.legalBasis, `Tối đa ${LIMITS.legalBasis} văn bản.`),
};

const recordId = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

/** The admin form's procedure (create and edit). */
export const procedureInput = z.object({
  ...procedureCore,
  kind: line(LIMITS.kind, null, `Loại thủ tục tối đa ${LIMITS.kind} ký tự.`),
  fieldId: recordId("Vui lòng chọn lĩnh vực."),
  agencyId: recordId("Vui lòng chọn cơ quan thực hiện."),
  publishingDecision: text(LIMITS.item, `Quyết định công bố tối đa ${LIMITS.item} ký tự.`),
  nationalUrl: nationalUrlSchema,
  published: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).optional(),
  isSample: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).optional(),
});
/** What callers pass (form strings or typed values; absent texts are empty): the schema decides. */
export type ProcedureInput = Partial<z.input<typeof procedureInput>>;
export type ProcedureData = z.output<typeof procedureInput>;

export type ChannelData = z.output<typeof channelSchema>;
export type DocumentData = z.output<typeof documentSchema>;
export type LegalBasisData = z.output<typeof legalBasisSchema>;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const fieldInput = z.object({
  name: line(200, "Vui lòng nhập tên lĩnh vực.", "Tên lĩnh vực tối đa 200 ký tự."),
  slug: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .toLowerCase()
      .max(100, "Đường dẫn tối đa 100 ký tự.")
      .regex(SLUG_PATTERN, "Đường dẫn chỉ gồm chữ thường không dấu (a–z), số và dấu gạch ngang, ví dụ: buu-chinh.")
      .optional(),
  ),
  sortOrder: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number({ error: "Thứ tự phải là số nguyên từ 0 đến 9999." }).int("Thứ tự phải là số nguyên từ 0 đến 9999.").min(0, "Thứ tự phải là số nguyên từ 0 đến 9999.").max(9999, "Thứ tự phải là số nguyên từ 0 đến 9999.").optional(),
  ),
});
export type FieldInput = Partial<z.input<typeof fieldInput>>;

/** An agency's code in the national system (first part of its dossier codes), e.g. 000.00.06.H42. */
export const AGENCY_CODE_PATTERN = /^[0-9A-Z]{1,12}(?:[.-][0-9A-Z]{1,12}){0,7}$/;

export const agencyInput = z.object({
  name: line(300, "Vui lòng nhập tên cơ quan.", "Tên cơ quan tối đa 300 ký tự."),
  code: z.preprocess(
    (v) => (typeof v === "string" ? normalizeCode(v) : v),
    z
      .string({ error: "Vui lòng nhập mã cơ quan." })
      .min(1, "Vui lòng nhập mã cơ quan.")
      .max(60, "Mã cơ quan tối đa 60 ký tự.")
      .regex(AGENCY_CODE_PATTERN, "Mã cơ quan gồm chữ số và chữ in hoa nối bằng dấu chấm, ví dụ 000.00.06.H42."),
  ),
  slug: fieldInput.shape.slug,
  address: line(500, null, "Địa chỉ tối đa 500 ký tự."),
  phone: line(50, null, "Số điện thoại tối đa 50 ký tự."),
});
export type AgencyInput = Partial<z.input<typeof agencyInput>>;

// --- The public catalogue's query (/services?q=&field=&level=&agency=&page=) ---

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const searchText = z.preprocess(
  (v) => first(v) ?? "",
  z
    .string()
    .catch("")
    .transform((s) => s.replace(/[\u0000-\u001f]/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim()),
);

export const slugParam = z.preprocess(
  first,
  z.string().trim().max(100).regex(SLUG_PATTERN).optional().catch(undefined),
);

export const levelParam = z.preprocess(
  first,
  z
    .string()
    .regex(/^[1-3]$/)
    .transform((s) => Number(s) as Level)
    .optional()
    .catch(undefined),
);

export const catalogueQuery = z.object({
  q: searchText,
  field: slugParam,
  level: levelParam,
  agency: slugParam,
  page: z.preprocess(parsePageNumber, z.number().int().min(1)),
});
export type CatalogueQuery = z.output<typeof catalogueQuery>;

/** The catalogue's own URL for a query (the contract URL; the cached route behind it is an implementation). */
export function catalogueHref(q: Partial<CatalogueQuery>, base = "/services"): string {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  if (q.field) p.set("field", q.field);
  if (q.level) p.set("level", String(q.level));
  if (q.agency) p.set("agency", q.agency);
  if (q.page && q.page > 1) p.set("page", String(q.page));
  const s = p.toString();
  return s ? `${base}?${s}` : base;
}

/** The admin list's filters: the public ones plus visibility. */
export const adminServicesFilter = catalogueQuery.extend({
  visibility: z.preprocess(first, z.enum(["published", "hidden"]).optional().catch(undefined)),
});
export type AdminServicesFilter = z.output<typeof adminServicesFilter>;

// --- Line formats of the import file (also the admin page's help) ---

export const LINE_FORMATS = {
  steps: "một bước một dòng",
  documents: "một giấy tờ một dòng: tên | số bản chính | số bản sao (hai số có thể bỏ trống: 1 bản chính, 0 bản sao)",
  channels: "một cách thức một dòng: tên | thời hạn | phí (ví dụ: Trực tiếp | 15 ngày làm việc | 500.000 đồng)",
  legal_basis: "một văn bản một dòng: số văn bản | trích yếu | ngày hiệu lực (ngày/tháng/năm)",
} as const;

/** The cells of one line, split on "|" and trimmed. */
export const splitLine = (l: string) => l.split("|").map((c) => oneLine(c));

/** The non-empty lines of a cell. */
export const cellLines = (cell: string) =>
  cell
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
