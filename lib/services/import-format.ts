// Reading a catalogue import file (SPEC "Catalogue import format"): CSV in UTF-8 with a header row, or a JSON
// array of objects with the same keys, into checked rows. Every bad row is reported with its spreadsheet line
// ("Dòng N": the header is line 1; for JSON, the array index + 2) and every reason at once; unknown columns
// are an error; duplicate codes within the file are an error. Pure (no database): lib/services/import.ts
// compares the rows with the catalogue.
import { parse as parseCsv, CsvError } from "csv-parse/sync";
import { z } from "zod";
import { formatNumber } from "@/lib/format";
import {
  cellLines,
  nationalUrlSchema,
  normalizeCode,
  oneLine,
  procedureCore,
  splitLine,
  type ChannelData,
  type DocumentData,
  type LegalBasisData,
  type Level,
} from "./validation";

export const IMPORT_COLUMNS = [
  "code",
  "name",
  "field",
  "level",
  "agency",
  "subjects",
  "steps",
  "channels",
  "documents",
  "processing_days",
  "fees",
  "result",
  "conditions",
  "legal_basis",
  "national_url",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const OPTIONAL_COLUMNS: readonly ImportColumn[] = ["national_url"];
export const REQUIRED_COLUMNS = IMPORT_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c));

/** What each column holds, for the admin page's help and the README. */
export const COLUMN_HELP: Record<ImportColumn, string> = {
  code: "mã thủ tục, ví dụ 1.000948 (bắt buộc; dùng để cập nhật thủ tục đã có)",
  name: "tên thủ tục (bắt buộc)",
  field: "tên lĩnh vực (bắt buộc; lĩnh vực chưa có sẽ được tạo mới)",
  level: "mức độ: 1, 2 hoặc 3 (bắt buộc)",
  agency: "cơ quan thực hiện: tên, hoặc “tên | mã cơ quan” (bắt buộc; cơ quan chưa có sẽ được tạo mới)",
  subjects: "đối tượng thực hiện",
  steps: "trình tự thực hiện: một bước một dòng",
  channels: "cách thức thực hiện: một dòng “tên | thời hạn | phí”",
  documents: "thành phần hồ sơ: một dòng “tên | số bản chính | số bản sao”",
  processing_days: "thời hạn giải quyết: số nguyên ngày làm việc (bắt buộc)",
  fees: "phí, lệ phí",
  result: "kết quả thực hiện",
  conditions: "yêu cầu, điều kiện",
  legal_basis: "căn cứ pháp lý: một dòng “số văn bản | trích yếu | ngày hiệu lực (ngày/tháng/năm)”",
  national_url: "đường dẫn trên Cổng Dịch vụ công quốc gia (không bắt buộc; cột có thể bỏ)",
};

export const MAX_IMPORT_ROWS = 20_000;
/** A spreadsheet shows a cell of at most 32 767 characters; anything longer was not made in one. */
const MAX_CELL = 32_767;

export type ImportAgency = { name: string; code: string | null };

/** One checked row, ready to compare with the catalogue. */
export type ImportRow = {
  line: number;
  code: string;
  name: string;
  field: string;
  level: Level;
  agency: ImportAgency;
  subjects: string;
  steps: string[];
  channels: ChannelData[];
  documents: DocumentData[];
  processingDays: number;
  fees: string;
  result: string;
  conditions: string;
  legalBasis: LegalBasisData[];
  /** undefined when the file has no national_url column (the stored link is then left as it is). */
  nationalUrl?: string | null;
};

export type RowError = { line: number; code?: string; reasons: string[] };

export type ParsedImport =
  | { ok: true; format: "csv" | "json"; rows: ImportRow[]; hasNationalUrl: boolean }
  | { ok: false; format: "csv" | "json" | null; fileErrors: string[]; rowErrors: RowError[]; rowCount: number };

type RawRow = { line: number; cells: Partial<Record<string, unknown>> };

/** "Dòng 4: …; …" — how every report (page, CLI, tests) words a bad row. */
export const describeRowError = (e: RowError) => `Dòng ${e.line}${e.code ? ` (mã ${e.code})` : ""}: ${e.reasons.join("; ")}`;

export function parseImportFile(filename: string, bytes: Uint8Array): ParsedImport {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fileFailure(null, "Tệp không phải văn bản UTF-8. Trong Excel, hãy lưu bằng “CSV UTF-8 (Comma delimited)”.");
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) return fileFailure(null, "Tệp trống.");
  const json = /\.json$/i.test(filename) || /^\s*\[/.test(text);
  return json ? parseJsonRows(text) : parseCsvRows(text);
}

function fileFailure(format: "csv" | "json" | null, ...messages: string[]): ParsedImport {
  return { ok: false, format, fileErrors: messages, rowErrors: [], rowCount: 0 };
}

/** The delimiter the header line uses: Excel in a Vietnamese locale writes ";" (its decimal mark is ","). */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const count = (ch: string) => header.split(ch).length - 1;
  const best = [",", ";", "\t"].map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ",";
}

function parseCsvRows(text: string): ParsedImport {
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, bom: true, max_record_size: 1_000_000 });
  } catch (err) {
    if (err instanceof CsvError) {
      const at = (err as CsvError & { records?: number }).records;
      const where = typeof at === "number" ? `Dòng ${at + 1}: ` : "";
      const why = err.code === "CSV_QUOTE_NOT_CLOSED" ? "dấu ngoặc kép mở mà không đóng" : "định dạng CSV không hợp lệ";
      return fileFailure("csv", `${where}${why}. Không có dòng nào được nhập.`);
    }
    throw err;
  }
  const [header = [], ...body] = records;
  const columns = header.map((h) => oneLine(h).toLowerCase());
  const headerErrors = checkColumns(columns);
  if (headerErrors.length) return fileFailure("csv", ...headerErrors.map((m) => `Dòng 1: ${m}`));
  if (body.length > MAX_IMPORT_ROWS) return fileFailure("csv", `Tệp có ${formatNumber(body.length)} dòng, tối đa ${formatNumber(MAX_IMPORT_ROWS)} dòng một lần nhập.`);
  const raw: RawRow[] = [];
  const rowErrors: RowError[] = [];
  body.forEach((record, i) => {
    const line = i + 2;
    if (record.every((c) => c.trim() === "")) return; // a blank spreadsheet row
    if (record.length !== columns.length) {
      rowErrors.push({ line, reasons: [`có ${record.length} ô nhưng dòng tiêu đề có ${columns.length} cột (kiểm tra dấu phẩy và dấu ngoặc kép)`] });
      return;
    }
    raw.push({ line, cells: Object.fromEntries(columns.map((c, j) => [c, record[j]])) });
  });
  return finish("csv", raw, rowErrors, columns.includes("national_url"));
}

function parseJsonRows(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fileFailure("json", "Tệp JSON không hợp lệ (kiểm tra dấu ngoặc và dấu phẩy). Không có dòng nào được nhập.");
  }
  if (!Array.isArray(data)) return fileFailure("json", "Tệp JSON phải là một mảng các đối tượng, mỗi đối tượng một thủ tục.");
  if (data.length > MAX_IMPORT_ROWS) return fileFailure("json", `Tệp có ${formatNumber(data.length)} thủ tục, tối đa ${formatNumber(MAX_IMPORT_ROWS)} một lần nhập.`);
  const raw: RawRow[] = [];
  const rowErrors: RowError[] = [];
  let anyNationalUrl = false;
  data.forEach((item, i) => {
    const line = i + 2;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      rowErrors.push({ line, reasons: ["phải là một đối tượng { \"code\": …, \"name\": … }"] });
      return;
    }
    const keys = Object.keys(item).map((k) => k.toLowerCase());
    const unknown = keys.filter((k) => !(IMPORT_COLUMNS as readonly string[]).includes(k));
    const missing = REQUIRED_COLUMNS.filter((c) => !keys.includes(c));
    const reasons: string[] = [];
    if (unknown.length) reasons.push(`khóa không được hỗ trợ: ${unknown.join(", ")}`);
    if (missing.length) reasons.push(`thiếu khóa: ${missing.join(", ")}`);
    if (reasons.length) {
      rowErrors.push({ line, code: typeof (item as { code?: unknown }).code === "string" ? normalizeCode((item as { code: string }).code) : undefined, reasons });
      return;
    }
    if (keys.includes("national_url")) anyNationalUrl = true;
    const cells = Object.fromEntries(Object.entries(item).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join("\n") : v]));
    raw.push({ line, cells });
  });
  return finish("json", raw, rowErrors, anyNationalUrl);
}

function checkColumns(columns: string[]): string[] {
  const errors: string[] = [];
  const unknown = columns.filter((c) => !(IMPORT_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) errors.push(`cột không được hỗ trợ: ${unknown.map((c) => `“${c || "(trống)"}”`).join(", ")}. Các cột hợp lệ: ${IMPORT_COLUMNS.join(", ")}.`);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) errors.push(`thiếu cột: ${missing.join(", ")}.`);
  const repeated = columns.filter((c, i) => c && columns.indexOf(c) !== i);
  if (repeated.length) errors.push(`cột lặp lại: ${[...new Set(repeated)].join(", ")}.`);
  return errors;
}

function finish(format: "csv" | "json", raw: RawRow[], rowErrors: RowError[], hasNationalUrl: boolean): ParsedImport {
  const rejectedEarly = rowErrors.length; // rows refused before their cells were read (shape, keys)
  const rows: ImportRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const r of raw) {
    const checked = checkRow(r, hasNationalUrl);
    const code = checked.code;
    const reasons = checked.ok ? [] : [...checked.reasons];
    if (code) {
      const seen = firstLineOfCode.get(code);
      if (seen !== undefined) reasons.push(`mã thủ tục ${code} trùng với dòng ${seen}`);
      else firstLineOfCode.set(code, r.line);
    }
    if (reasons.length || !checked.ok) rowErrors.push({ line: r.line, code, reasons });
    else rows.push(checked.row);
  }
  rowErrors.sort((a, b) => a.line - b.line);
  const rowCount = raw.length + rejectedEarly;
  if (rowErrors.length) return { ok: false, format, fileErrors: [], rowErrors, rowCount };
  if (!rows.length) return { ok: false, format, fileErrors: ["Tệp không có dòng thủ tục nào (chỉ có dòng tiêu đề)."], rowErrors: [], rowCount: 0 };
  return { ok: true, format, rows, hasNationalUrl };
}

const COLUMN_OF: Record<string, ImportColumn> = {
  code: "code",
  name: "name",
  field: "field",
  level: "level",
  subjects: "subjects",
  steps: "steps",
  channels: "channels",
  documents: "documents",
  processingDays: "processing_days",
  fees: "fees",
  result: "result",
  conditions: "conditions",
  legalBasis: "legal_basis",
  nationalUrl: "national_url",
};

const ITEM_WORD: Partial<Record<ImportColumn, string>> = { steps: "bước", channels: "cách thức", documents: "giấy tờ", legal_basis: "văn bản" };

const rowSchema = z.object({
  ...procedureCore,
  field: z.preprocess(
    (v) => (v === null || v === undefined ? "" : v),
    z.string().transform(oneLine).pipe(z.string().min(1, "Vui lòng nhập lĩnh vực.").max(200, "Tên lĩnh vực tối đa 200 ký tự.")),
  ),
  nationalUrl: nationalUrlSchema.optional(),
});

/** A cell as text: numbers as typed, anything else (an object in JSON) is refused by the caller. */
function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.length > MAX_CELL ? null : v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}

type Checked = { ok: true; code: string; row: ImportRow } | { ok: false; code?: string; reasons: string[] };

function checkRow(r: RawRow, hasNationalUrl: boolean): Checked {
  const reasons: string[] = [];
  const cell: Record<string, string> = {};
  for (const c of IMPORT_COLUMNS) {
    if (!(c in r.cells)) continue;
    const t = cellText(r.cells[c]);
    if (t === null) reasons.push(`cột “${c}”: phải là văn bản (tối đa ${formatNumber(MAX_CELL)} ký tự)`);
    cell[c] = t ?? "";
  }
  const code = cell.code ? normalizeCode(cell.code) : undefined;

  // Line-formatted cells into items; each line's parts are checked by the same schemas as the admin form.
  const lineItems = <T,>(column: ImportColumn, max: number, toItem: (parts: string[]) => T): T[] => {
    const lines = cellLines(cell[column] ?? "");
    return lines.map((l, i) => {
      const parts = splitLine(l);
      if (parts.length > max) reasons.push(`cột “${column}”, ${ITEM_WORD[column]} thứ ${i + 1}: có ${parts.length} phần, tối đa ${max} phần ngăn bởi “|”`);
      return toItem(parts);
    });
  };
  const documents = lineItems("documents", 3, ([name = "", originals = "", copies = ""]) => ({ name, originals, copies, required: true }));
  const channels = lineItems("channels", 3, ([name = "", time = "", fee = ""]) => ({ name, time, fee }));
  const legalBasis = lineItems("legal_basis", 3, ([number = "", title = "", effectiveDate = ""]) => ({ number, title, effectiveDate }));
  const steps = cellLines(cell.steps ?? "");

  const [agencyName = "", agencyCode = "", ...agencyRest] = splitLine(cell.agency ?? "");
  if (!agencyName) reasons.push("cột “agency”: vui lòng nhập cơ quan thực hiện");
  else if (agencyName.length > 300) reasons.push("cột “agency”: tên cơ quan tối đa 300 ký tự");
  if (agencyRest.length) reasons.push("cột “agency”: dạng “tên” hoặc “tên | mã cơ quan”");

  const parsed = rowSchema.safeParse({
    code: cell.code ?? "",
    name: cell.name ?? "",
    field: cell.field ?? "",
    level: cell.level ?? "",
    subjects: cell.subjects ?? "",
    steps,
    channels,
    documents,
    processingDays: cell.processing_days ?? "",
    fees: cell.fees ?? "",
    result: cell.result ?? "",
    conditions: cell.conditions ?? "",
    legalBasis,
    nationalUrl: hasNationalUrl ? (cell.national_url ?? "") : undefined,
  });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const column = COLUMN_OF[String(key)] ?? String(key);
      const where = typeof index === "number" && ITEM_WORD[column as ImportColumn] ? `cột “${column}”, ${ITEM_WORD[column as ImportColumn]} thứ ${index + 1}` : `cột “${column}”`;
      const message = `${where}: ${lowerFirst(issue.message)}`;
      if (!seen.has(message)) reasons.push(message);
      seen.add(message);
    }
  }
  const agencyCodeNorm = agencyCode ? normalizeCode(agencyCode) : null;
  if (agencyCodeNorm && !/^[0-9A-Z]{1,12}(?:[.-][0-9A-Z]{1,12}){0,7}$/.test(agencyCodeNorm)) reasons.push("cột “agency”: mã cơ quan gồm chữ số và chữ in hoa nối bằng dấu chấm, ví dụ 000.00.06.H42");
  if (reasons.length || !parsed.success) return { ok: false, code, reasons };
  const d = parsed.data;
  return {
    ok: true,
    code: d.code,
    row: {
      line: r.line,
      code: d.code,
      name: d.name,
      field: d.field,
      level: d.level,
      agency: { name: agencyName, code: agencyCodeNorm },
      subjects: d.subjects,
      steps: d.steps,
      channels: d.channels,
      documents: d.documents,
      processingDays: d.processingDays,
      fees: d.fees,
      result: d.result,
      conditions: d.conditions,
      legalBasis: d.legalBasis,
      ...(hasNationalUrl ? { nationalUrl: d.nationalUrl ?? null } : {}),
    },
  };
}

/** A schema's sentence as a clause of the row's report: lower-case start, no final full stop. */
const lowerFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s).replace(/\.$/, "");
