// /awards.csv: one row per recipient of the public decisions (the same filters as /awards). Pure. Every cell
// is quoted (commas, quotes and line breaks survive), and a cell starting with = + - @ tab or carriage return
// gets a leading apostrophe so a spreadsheet never runs it as a formula (OWASP CSV injection). UTF-8 with BOM
// and CRLF line ends, so Excel opens the Vietnamese text as it is.
import { AWARD_FORM_LABELS, AWARD_STATUS_LABELS, RECIPIENT_KIND_LABELS, formWording, type AwardForm, type AwardStatus, type RecipientKind } from "./validation";

export const CSV_HEADER = [
  "Năm",
  "Hình thức",
  "Danh hiệu, hình thức cụ thể",
  "Cơ quan ban hành",
  "Số quyết định",
  "Ngày quyết định",
  "Người ký",
  "Thành tích",
  "Loại",
  "Tên",
  "Chức vụ",
  "Đơn vị",
  "Tình trạng",
  "Lý do thu hồi",
  "Ngày thu hồi",
  "Dữ liệu mẫu",
  "Đường dẫn",
] as const;

export type CsvDecision = {
  form: AwardForm;
  title: string;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
  year: number;
  reason: string;
  signerName: string;
  signerTitle: string;
  status: AwardStatus;
  revocationReason: string | null;
  revocationDate: string | null;
  isSample: boolean;
  recipients: { id: number; kind: RecipientKind; name: string; jobTitle: string; unit: string }[];
};

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised when it could start a formula, then quoted with inner quotes doubled. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const isoToVn = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split("-").reverse().join("/") : (iso ?? ""));

export function awardsCsv(decisions: readonly CsvDecision[], siteUrl: string): string {
  const lines = [CSV_HEADER.map(csvCell).join(",")];
  for (const d of decisions) {
    for (const r of d.recipients) {
      lines.push(
        [
          d.year,
          AWARD_FORM_LABELS[d.form],
          formWording(d),
          d.issuer,
          d.decisionNumber,
          isoToVn(d.decisionDate),
          [d.signerName, d.signerTitle].filter(Boolean).join(", "),
          d.reason,
          RECIPIENT_KIND_LABELS[r.kind],
          r.name,
          r.jobTitle,
          r.unit,
          AWARD_STATUS_LABELS[d.status],
          d.revocationReason ?? "",
          isoToVn(d.revocationDate),
          d.isSample ? "có" : "",
          `${siteUrl}/awards/recipients/${r.id}`,
        ]
          .map(csvCell)
          .join(","),
      );
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
