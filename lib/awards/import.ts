// Reading a recipients file for an award decision: CSV (UTF-8, comma or semicolon, header row) or an XLSX
// workbook (its first sheet, header in row 1), its type decided from the bytes (lib/uploads, kind "table").
// Columns by header, in Vietnamese or English: tên/name (required), chức vụ/position, đơn vị/unit, loại/kind
// ("tập thể" or "cá nhân"; left out: a row with a position or unit is a person). Unknown columns are an error.
// Every bad row is reported as "Dòng N" (the row a spreadsheet shows: the header is row 1); all rows or none.
import "server-only";
import { CsvError, parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { checkUpload } from "@/lib/uploads/inspect";
import { foldVietnamese } from "@/lib/text/slug";
import { checkRecipient, MAX_RECIPIENTS, type RecipientData, type RecipientKind, type RowError } from "./validation";

export type RecipientsFile = { bytes: Uint8Array; filename: string };
export type RecipientsFileResult = { ok: true; rows: RecipientData[]; format: "csv" | "xlsx" } | { ok: false; fileErrors: string[]; rowErrors: RowError[] };

type Column = "name" | "jobTitle" | "unit" | "kind";
const HEADERS: Record<string, Column> = {
  ten: "name",
  "ho ten": "name",
  "ho va ten": "name",
  name: "name",
  "chuc vu": "jobTitle",
  position: "jobTitle",
  "don vi": "unit",
  unit: "unit",
  loai: "kind",
  kind: "kind",
};
const KINDS: Record<string, RecipientKind> = { "tap the": "collective", collective: "collective", "ca nhan": "individual", individual: "individual" };

const fold = (s: string) => foldVietnamese(s).toLowerCase().replace(/[_\s]+/g, " ").trim();
const clean = (s: string) => s.replace(/\s+/g, " ").trim();

const fileError = (...fileErrors: string[]): RecipientsFileResult => ({ ok: false, fileErrors, rowErrors: [] });

/** Rows of cells (header first) into recipients, or every bad row. */
export function readRecipientRows(table: string[][]): RecipientsFileResult {
  const [header = [], ...body] = table;
  const columns: (Column | null)[] = header.map((h) => HEADERS[fold(h)] ?? null);
  const unknown = header.filter((h, i) => columns[i] === null && h.trim() !== "");
  const problems: string[] = [];
  if (unknown.length) problems.push(`Dòng 1: cột không dùng được: ${unknown.map((u) => `“${clean(u)}”`).join(", ")} (các cột: tên, chức vụ, đơn vị, loại).`);
  if (!columns.includes("name")) problems.push("Dòng 1: thiếu cột “tên” (dòng đầu của tệp là dòng tiêu đề: tên, chức vụ, đơn vị, loại).");
  const twice = (["name", "jobTitle", "unit", "kind"] as const).filter((c) => columns.filter((x) => x === c).length > 1);
  if (twice.length) problems.push("Dòng 1: một cột xuất hiện hai lần.");
  if (problems.length) return fileError(...problems);

  const rows: RecipientData[] = [];
  const rowErrors: RowError[] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === "")) return;
    const get = (c: Column) => {
      const j = columns.indexOf(c);
      return j === -1 ? "" : clean(cells[j] ?? "");
    };
    const extra = cells.slice(header.length).filter((c) => c.trim() !== "");
    if (extra.length) {
      rowErrors.push({ row, message: `có ${cells.length} ô nhưng dòng tiêu đề có ${header.length} cột.` });
      return;
    }
    const kindText = get("kind");
    const jobTitle = get("jobTitle");
    const unit = get("unit");
    const kind: RecipientKind | undefined = kindText ? KINDS[fold(kindText)] : jobTitle || unit ? "individual" : "collective";
    if (!kind) {
      rowErrors.push({ row, message: `loại “${kindText}” không hợp lệ: ghi “tập thể” hoặc “cá nhân”.` });
      return;
    }
    const r = { kind, name: get("name"), jobTitle, unit };
    const problem = checkRecipient(r);
    if (problem) rowErrors.push({ row, message: problem });
    else rows.push(r);
  });
  if (!rowErrors.length && !rows.length) return fileError("Tệp không có dòng người nhận nào dưới dòng tiêu đề.");
  if (!rowErrors.length && rows.length > MAX_RECIPIENTS) return fileError(`Tệp có ${rows.length} người nhận; một quyết định có tối đa ${MAX_RECIPIENTS}.`);
  return rowErrors.length ? { ok: false, fileErrors: [], rowErrors } : { ok: true, rows, format: "csv" };
}

function detectDelimiter(text: string): string {
  const end = text.indexOf("\n");
  const header = end === -1 ? text : text.slice(0, end);
  const best = [",", ";", "\t"].map((d) => [d, header.split(d).length - 1] as const).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ",";
}

function csvTable(bytes: Uint8Array): string[][] | string {
  const text = new TextDecoder("utf-8").decode(bytes);
  try {
    return parseCsv(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, bom: true, max_record_size: 100_000 });
  } catch (err) {
    if (err instanceof CsvError) {
      const at = (err as CsvError & { records?: number }).records;
      const where = typeof at === "number" ? `Dòng ${at + 1}: ` : "";
      return `${where}${err.code === "CSV_QUOTE_NOT_CLOSED" ? "dấu ngoặc kép mở mà không đóng" : "định dạng CSV không hợp lệ"}. Chưa có gì được lưu.`;
    }
    throw err;
  }
}

/** A cell as the text a spreadsheet shows: rich text joined, a formula's cached result, numbers as typed. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? "");
    if ("text" in v) return String(v.text);
    if ("error" in v) return "";
  }
  return String(v);
}

async function xlsxTable(bytes: Uint8Array): Promise<string[][] | string> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return "Không đọc được tệp Excel (XLSX): tệp hỏng hoặc không phải bảng tính. Chưa có gì được lưu.";
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return "Tệp Excel không có trang tính nào.";
  const width = sheet.columnCount;
  const out: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    out.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)));
  }
  return out;
}

/** Reads an uploaded recipients file: type from the bytes, then every row checked. */
export async function readRecipientsFile(file: RecipientsFile): Promise<RecipientsFileResult> {
  const checked = await checkUpload("table", file.bytes, file.filename);
  if (!checked.ok) return fileError(checked.error);
  const format = checked.file.mimeType === "text/csv" ? "csv" : "xlsx";
  const table = format === "csv" ? csvTable(checked.file.bytes) : await xlsxTable(checked.file.bytes);
  if (typeof table === "string") return fileError(table);
  const result = readRecipientRows(table);
  return result.ok ? { ...result, format } : result;
}
