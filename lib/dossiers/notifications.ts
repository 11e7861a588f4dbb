// What the applicant is told by e-mail, and when: at receipt, at a supplement request, at the result, and the
// apology letter when late. Each message is added to the outbox inside the step's transaction (it exists
// exactly when the step was saved); an applicant who gave no e-mail gets none. Texts are Vietnamese, plain.
import "server-only";
import { eq } from "drizzle-orm";
import { procedures, serviceAgencies, type Dossier, type SupplementRequest } from "@/db/schema";
import { siteUrl } from "@/lib/env";
import type { Tx } from "@/lib/kernel";
import { enqueueMail } from "@/lib/mail/mutations";
import type { MailKind } from "@/lib/mail/kinds";
import { formatDate, formatDateTime } from "@/lib/time";
import { supplementPath } from "./supplement-token";

type Names = { procedureName: string; agencyName: string };

async function namesOf(tx: Tx, d: Dossier): Promise<Names> {
  const [row] = await tx
    .select({ procedureName: procedures.name, agencyName: serviceAgencies.name })
    .from(procedures)
    .innerJoin(serviceAgencies, eq(serviceAgencies.id, d.agencyId))
    .where(eq(procedures.id, d.procedureId));
  return row ?? { procedureName: "", agencyName: "" };
}

const trackUrl = (code: string) => `${siteUrl()}/track?code=${encodeURIComponent(code)}`;

async function send(tx: Tx, d: Dossier, kind: MailKind, subject: string, lines: string[]): Promise<void> {
  if (!d.email) return;
  const text = [`Kính gửi ông/bà ${d.applicantName},`, "", ...lines, "", `Tra cứu hồ sơ: ${trackUrl(d.code)} (nhập mã hồ sơ và số điện thoại đã khai).`, "", "Thư này được gửi tự động, vui lòng không trả lời."].join("\n");
  await enqueueMail(tx, { to: d.email, subject: `${subject} – hồ sơ ${d.code}`, text, kind, related: { entity: "dossier", id: String(d.id) } });
}

export async function mailReceipt(tx: Tx, d: Dossier): Promise<void> {
  const n = await namesOf(tx, d);
  await send(tx, d, "dossier_received", "Đã nhận hồ sơ trực tuyến", [
    `${n.agencyName} đã nhận hồ sơ trực tuyến của ông/bà lúc ${formatDateTime(d.submittedAt)}.`,
    `Thủ tục: ${n.procedureName}.`,
    `Mã hồ sơ: ${d.code}.`,
    `Ngày hẹn trả kết quả: ${formatDate(d.dueAt)} (nếu hồ sơ không phải bổ sung).`,
  ]);
}

export async function mailSupplementRequest(tx: Tx, d: Dossier, req: SupplementRequest): Promise<void> {
  const n = await namesOf(tx, d);
  await send(tx, d, "supplement_requested", "Yêu cầu bổ sung hồ sơ", [
    `Hồ sơ của ông/bà (thủ tục ${n.procedureName}) cần bổ sung giấy tờ:`,
    req.request,
    "",
    `Vui lòng nộp bổ sung qua đường dẫn sau trước ${formatDateTime(req.expiresAt)} (đường dẫn chỉ dùng được một lần):`,
    `${siteUrl()}${supplementPath(req.id, req.nonce)}`,
    "Thời gian chờ bổ sung không tính vào thời hạn giải quyết.",
  ]);
}

export async function mailResult(tx: Tx, d: Dossier): Promise<void> {
  const n = await namesOf(tx, d);
  await send(tx, d, "result_ready", "Hồ sơ đã có kết quả", [
    `Hồ sơ của ông/bà (thủ tục ${n.procedureName}) đã được giải quyết xong lúc ${formatDateTime(d.resultAt ?? new Date())}.`,
    `Ông/bà vui lòng nhận kết quả tại ${n.agencyName} và đánh giá việc giải quyết trên trang tra cứu.`,
  ]);
}

export async function mailApology(tx: Tx, d: Dossier): Promise<void> {
  if (!d.apologyText) return;
  await send(tx, d, "apology", "Thư xin lỗi và hẹn lại ngày trả kết quả", [d.apologyText]);
}

/**
 * The apology letter (phiếu xin lỗi và hẹn lại ngày trả kết quả) as the portal drafts it; staff read, edit and
 * send it. Decision 468/QĐ-TTg's wording: the reason, the apology, the new date.
 */
export function draftApologyLetter(d: { code: string; applicantName: string; procedureName: string; dueAt: Date; agencyName: string }, newDue: Date): string {
  return [
    `Kính gửi ông/bà ${d.applicantName},`,
    "",
    `${d.agencyName} đã tiếp nhận hồ sơ mã ${d.code} (thủ tục ${d.procedureName}), hẹn trả kết quả ngày ${formatDate(d.dueAt)}.`,
    "Đến nay hồ sơ chưa giải quyết xong đúng hẹn. Lý do: [ghi rõ lý do chậm].",
    "",
    `Chúng tôi thành thật xin lỗi ông/bà vì sự chậm trễ này và xin hẹn lại ngày trả kết quả là ngày ${formatDate(newDue)}.`,
    "",
    "Trân trọng.",
  ].join("\n");
}
