// Catalogue fixtures: import files built as a spreadsheet would write them (CSV with quoted multi-line cells,
// or JSON), and fields, agencies and procedures written straight into the real schema, so a test never
// depends on the mutation it is testing to set itself up.
import type { Db } from "@/db/client";
import { procedureDocuments, procedures, serviceAgencies, serviceFields, type Procedure } from "@/db/schema";
import { IMPORT_COLUMNS } from "@/lib/services/import-format";
import { slugify } from "@/lib/text/slug";

export type ImportRecord = Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;

let n = 0;

/** A valid import row; `over` replaces cells. Codes are unique per call unless given. */
export function importRecord(over: ImportRecord = {}): ImportRecord {
  n++;
  return {
    code: `1.${String(900000 + n).padStart(6, "0")}`,
    name: `Thủ tục thử nghiệm số ${n}`,
    field: "Bưu chính",
    level: "2",
    agency: "Sở Thông tin và Truyền thông | 000.00.14.H42",
    subjects: "Tổ chức, cá nhân",
    steps: "Nộp hồ sơ tại Bộ phận một cửa\nThẩm định hồ sơ\nTrả kết quả",
    channels: "Trực tiếp | 10 ngày làm việc | Không\nQua bưu chính | 10 ngày làm việc | Không",
    documents: "Đơn đề nghị (theo mẫu) | 1 | 0\nBản sao giấy chứng nhận đăng ký doanh nghiệp | 0 | 1",
    processing_days: "10",
    fees: "Không",
    result: "Giấy xác nhận",
    conditions: "",
    legal_basis: "49/2010/QH12 | Luật Bưu chính | 01/01/2011",
    ...over,
  };
}

const quote = (v: string, delimiter: string) => (/["\n\r]/.test(v) || v.includes(delimiter) ? `"${v.replace(/"/g, '""')}"` : v);

/** A CSV file with a header row: the given columns (default: every column but national_url), CRLF lines. */
export function importCsv(records: ImportRecord[], opts: { columns?: readonly string[]; delimiter?: string; bom?: boolean } = {}): Buffer {
  const columns = opts.columns ?? IMPORT_COLUMNS.filter((c) => c !== "national_url");
  const d = opts.delimiter ?? ",";
  const lines = [columns.join(d), ...records.map((r) => columns.map((c) => quote((r as Record<string, string | undefined>)[c] ?? "", d)).join(d))];
  return Buffer.from(`${opts.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`, "utf8");
}

export const importJson = (records: unknown[]): Buffer => Buffer.from(JSON.stringify(records, null, 2), "utf8");

export async function makeField(db: Db, name = "Bưu chính") {
  const [f] = await db.insert(serviceFields).values({ name, slug: slugify(name) }).returning();
  return f!;
}

export async function makeAgency(db: Db, name = "Sở Thông tin và Truyền thông", code = "000.00.14.H42") {
  const [a] = await db.insert(serviceAgencies).values({ name, code, slug: slugify(name) }).returning();
  return a!;
}

/** A procedure with two documents, written straight into the tables. */
export async function makeProcedure(db: Db, over: Partial<typeof procedures.$inferInsert> & { fieldId: number; agencyId: number }): Promise<Procedure> {
  n++;
  const [p] = await db
    .insert(procedures)
    .values({ code: `2.${String(800000 + n).padStart(6, "0")}`, name: `Thủ tục số ${n}`, level: 2, processingDays: 10, ...over })
    .returning();
  await db.insert(procedureDocuments).values([
    { procedureId: p!.id, position: 0, name: "Đơn đề nghị (theo mẫu)", originals: 1, copies: 0 },
    { procedureId: p!.id, position: 1, name: "Bản sao giấy phép", originals: 0, copies: 1 },
  ]);
  return p!;
}
