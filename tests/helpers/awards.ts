// Award decisions for the awards tests, written straight into the tables (so a test never depends on the
// mutation it tests to set itself up), and a decision form's input.
import ExcelJS from "exceljs";
import type { Db } from "@/db/client";
import { awardDecisions, awardRecipients, type AwardDecision } from "@/db/schema";

let n = 0;

export const decisionForm = (over: Record<string, unknown> = {}) => ({
  form: "bang_khen",
  title: "Bằng khen của Chủ tịch UBND tỉnh",
  issuer: "UBND tỉnh Nghệ An",
  decisionNumber: `${100 + ++n}/QĐ-UBND`,
  decisionDate: "25/12/2013",
  year: "2013",
  reason: "Có thành tích xuất sắc năm 2013.",
  signerName: "Huỳnh Thanh Điền",
  signerTitle: "Phó Chủ tịch",
  conferenceSlug: "",
  isSample: "",
  recipientsText: "Phòng Bưu chính, Viễn thông\nNguyễn Văn An; Chuyên viên; Phòng Công nghệ thông tin",
  ...over,
});

export async function makeDecision(
  db: Db,
  over: Partial<typeof awardDecisions.$inferInsert> = {},
  recipients: { kind: "collective" | "individual"; name: string; jobTitle?: string; unit?: string }[] = [{ kind: "collective", name: "Văn phòng Sở" }],
): Promise<AwardDecision & { recipientIds: number[] }> {
  n++;
  const [d] = await db
    .insert(awardDecisions)
    .values({ form: "bang_khen", issuer: "UBND tỉnh Nghệ An", issuerSlug: "ubnd-tinh-nghe-an", decisionNumber: `${n}/QĐ-TEST`, decisionDate: "2013-12-25", year: 2013, status: "draft", ...over })
    .returning();
  const rows = recipients.length
    ? await db
        .insert(awardRecipients)
        .values(recipients.map((r, position) => ({ decisionId: d!.id, position, kind: r.kind, name: r.name, jobTitle: r.jobTitle ?? "", unit: r.unit ?? "" })))
        .returning({ id: awardRecipients.id })
    : [];
  return { ...d!, recipientIds: rows.map((r) => r.id) };
}

/** A published (or revoked) decision. */
export const makePublishedDecision = (db: Db, over: Partial<typeof awardDecisions.$inferInsert> = {}, recipients?: Parameters<typeof makeDecision>[2]) =>
  makeDecision(db, { status: "published", publishedAt: new Date("2014-01-02T02:00:00Z"), ...over }, recipients);

/** An XLSX workbook whose first sheet holds these rows (row 1 the header). */
export async function xlsxOf(rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const csvOf = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
