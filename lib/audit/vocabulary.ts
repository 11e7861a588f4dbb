// The audit vocabulary: every event and every subject the log may hold, declared once with its Vietnamese
// label. writeAudit accepts only these codes, so an event without a label does not compile; the reader at
// /admin/audit shows the labels. Pure (no server imports).

export const AUDIT_EVENTS = {
  "auth.sign_in": "Đăng nhập",
  "auth.sign_out": "Đăng xuất",

  "user.create": "Tạo tài khoản",
  "user.change_role": "Đổi vai trò",
  "user.activate": "Mở khóa tài khoản",
  "user.deactivate": "Khóa tài khoản",
  "user.reset_password": "Đặt lại mật khẩu",
  "user.change_own_password": "Tự đổi mật khẩu",
  "user.enable_second_factor": "Bật xác thực hai bước",
  "user.reset_second_factor": "Đặt lại xác thực hai bước",

  "settings.update": "Cập nhật cài đặt",

  "category.create": "Tạo chuyên mục",
  "category.update": "Sửa chuyên mục",
  "category.delete": "Xóa chuyên mục",

  "media.upload": "Tải ảnh lên thư viện",
  "media.update": "Sửa thông tin ảnh",
  "media.delete": "Xóa ảnh",

  "file.upload": "Tải tệp lên",
  "file.download": "Tải tệp xuống",

  "article.create": "Tạo tin bài",
  "article.update": "Sửa tin bài",
  "article.restore_revision": "Khôi phục phiên bản tin bài",
  "article.submit_for_review": "Gửi duyệt tin bài",
  "article.approve_publish": "Duyệt và đăng tin bài",
  "article.publish_without_review": "Đăng tin bài không qua duyệt",
  "article.approve_schedule": "Duyệt và hẹn giờ đăng tin bài",
  "article.schedule": "Hẹn giờ đăng tin bài",
  "article.unschedule": "Hủy hẹn giờ đăng",
  "article.retry_schedule": "Thử lại lịch đăng bị lỗi",
  "article.return_to_draft": "Đưa tin bài về bản nháp",
  "article.unpublish": "Gỡ tin bài",
  "article.publish_scheduled": "Tự động đăng tin bài theo lịch",
  "article.schedule_failed": "Đăng theo lịch bị lỗi",

  "edition.create": "Tạo ấn bản mới của tin đã đăng",
  "edition.update": "Sửa ấn bản mới",
  "edition.submit_for_review": "Gửi duyệt ấn bản mới",
  "edition.return_to_draft": "Đưa ấn bản về bản nháp",
  "edition.approve_publish": "Duyệt và đăng ấn bản mới",
  "edition.publish_without_review": "Đăng ấn bản mới không qua duyệt",
  "edition.discard": "Hủy ấn bản mới",

  "conference.create": "Tạo báo cáo hội nghị",
  "conference.unpublish": "Gỡ báo cáo hội nghị",
  "conference.republish": "Đăng lại báo cáo hội nghị không qua duyệt",
  "conference_edition.create": "Tạo ấn bản mới của báo cáo hội nghị",
  "conference_edition.update": "Sửa ấn bản báo cáo hội nghị",
  "conference_edition.submit_for_review": "Gửi duyệt ấn bản báo cáo hội nghị",
  "conference_edition.return_to_draft": "Đưa ấn bản báo cáo hội nghị về bản nháp",
  "conference_edition.approve_publish": "Duyệt và đăng ấn bản báo cáo hội nghị",
  "conference_edition.publish_without_review": "Đăng ấn bản báo cáo hội nghị không qua duyệt",
  "conference_edition.discard": "Hủy ấn bản báo cáo hội nghị",
  "indicator.create": "Thêm chỉ tiêu",
  "indicator.update": "Sửa chỉ tiêu",
  "indicator.delete": "Xóa chỉ tiêu",

  "dossier.submit": "Nộp hồ sơ trực tuyến",
  "dossier.open": "Mở xem hồ sơ",
  "dossier.accept": "Tiếp nhận hồ sơ",
  "dossier.reject": "Không tiếp nhận hồ sơ",
  "dossier.start_processing": "Bắt đầu xử lý hồ sơ",
  "dossier.request_supplement": "Yêu cầu bổ sung giấy tờ",
  "dossier.supplement_received": "Công dân nộp bổ sung giấy tờ",
  "dossier.finish": "Xử lý xong hồ sơ",
  "dossier.return_result": "Trả kết quả",
  "dossier.stop": "Dừng xử lý hồ sơ",
  "dossier.withdraw": "Ghi nhận công dân rút hồ sơ",
  "dossier.apologize": "Gửi thư xin lỗi và hẹn lại ngày trả",
  "dossier.rate": "Công dân đánh giá việc giải quyết",
  "preview_link.create": "Tạo liên kết xem trước",
  "preview_link.revoke": "Thu hồi liên kết xem trước",
  "holiday.create": "Thêm ngày nghỉ lễ / ngày làm bù",
  "holiday.update": "Sửa ngày nghỉ lễ / ngày làm bù",
  "holiday.delete": "Xóa ngày nghỉ lễ / ngày làm bù",
  "holiday.prefill": "Điền sẵn ngày nghỉ lễ của năm",

  "outbox.open": "Mở thư trong hộp thư đi",
  "procedure.create": "Tạo thủ tục hành chính",
  "procedure.update": "Sửa thủ tục hành chính",
  "procedure.hide": "Ẩn thủ tục khỏi cổng",
  "procedure.show": "Hiện thủ tục trên cổng",
  "procedure.attach_form": "Gắn mẫu đơn, tờ khai",
  "procedure.remove_form": "Gỡ mẫu đơn, tờ khai",
  "procedure.import": "Nhập danh mục thủ tục từ tệp",
  "service_field.create": "Tạo lĩnh vực thủ tục",
  "service_field.update": "Sửa lĩnh vực thủ tục",
  "service_agency.create": "Tạo cơ quan thực hiện",
  "service_agency.update": "Sửa cơ quan thực hiện",
  "award.create": "Tạo quyết định khen thưởng",
  "award.update": "Sửa quyết định khen thưởng",
  "award.publish": "Công bố quyết định khen thưởng",
  "award.revoke": "Thu hồi quyết định khen thưởng",
  "award.delete": "Xóa bản nháp quyết định khen thưởng",
} as const satisfies Record<string, string>;

export type AuditEvent = keyof typeof AUDIT_EVENTS;

export const AUDIT_SUBJECTS = {
  user: "Tài khoản",
  site_settings: "Cài đặt cổng",
  category: "Chuyên mục",
  media: "Ảnh",
  file: "Tệp",
  article: "Tin bài",
  article_edition: "Ấn bản tin bài",
  conference: "Báo cáo hội nghị",
  conference_edition: "Ấn bản báo cáo hội nghị",
  indicator: "Chỉ tiêu",
  dossier: "Hồ sơ",
  preview_link: "Liên kết xem trước",
  holiday: "Ngày nghỉ lễ / làm bù",
  mail: "Thư điện tử",
  procedure: "Thủ tục hành chính",
  procedure_import: "Lượt nhập thủ tục",
  service_field: "Lĩnh vực thủ tục",
  service_agency: "Cơ quan thực hiện",
  award_decision: "Quyết định khen thưởng",
} as const satisfies Record<string, string>;

export type AuditSubject = keyof typeof AUDIT_SUBJECTS;

/** The label of an event code as stored (older or unknown codes show as they are). */
export function auditEventLabel(code: string): string {
  return (AUDIT_EVENTS as Record<string, string>)[code] ?? code;
}

export function auditSubjectLabel(code: string): string {
  return (AUDIT_SUBJECTS as Record<string, string>)[code] ?? code;
}
