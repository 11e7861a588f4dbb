// The mail vocabulary: what a message may be about, which records it may concern, and the outbox statuses,
// each declared once with its Vietnamese label for staff (as the audit vocabulary does). Pure.

export const MAIL_KINDS = {
  dossier_received: "Thông báo tiếp nhận hồ sơ",
  supplement_requested: "Yêu cầu bổ sung hồ sơ",
  result_ready: "Thông báo có kết quả giải quyết",
  apology: "Thư xin lỗi và hẹn lại ngày trả kết quả",
} as const satisfies Record<string, string>;
export type MailKind = keyof typeof MAIL_KINDS;

/** Records a message may concern. Opening a message about one of them is audited (personal data). */
export const MAIL_RELATED = { dossier: "Hồ sơ" } as const satisfies Record<string, string>;
export type MailRelated = keyof typeof MAIL_RELATED;

export const MAIL_STATUS_LABELS = {
  pending: "Chờ gửi",
  sent: "Đã gửi",
  failed: "Gửi không được",
  kept: "Lưu tại hộp thư (chưa cấu hình SMTP)",
} as const;
export type MailStatusCode = keyof typeof MAIL_STATUS_LABELS;

export const mailKindLabel = (code: string): string => (MAIL_KINDS as Record<string, string>)[code] ?? code;
export const mailRelatedLabel = (code: string): string => (MAIL_RELATED as Record<string, string>)[code] ?? code;
