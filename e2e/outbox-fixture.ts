// The one outbox message the e2e suite reads (no page sends mail yet; the e2e server has no SMTP, so it is
// "kept"). e2e/seed-private-file.ts writes it before `next start`: test code only, never a route of the app.
export const E2E_OUTBOX_MESSAGE = {
  kind: "dossier_received",
  recipient: "nguoi.nop.e2e@example.vn",
  subject: "Hồ sơ 000.00.01.H42-260213-0001 đã được tiếp nhận (e2e)",
  textBody: "Kính gửi ông Nguyễn Văn Ánh,\n\nSở đã tiếp nhận hồ sơ “Cấp giấy phép hoạt động in”.\nNgày hẹn trả kết quả: 25/02/2026.",
  relatedEntity: "dossier",
  relatedId: "e2e-1",
  status: "kept",
} as const;
