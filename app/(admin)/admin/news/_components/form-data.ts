// Reading the posted article form in the newsroom actions: a post may carry anything, so each field becomes
// one bounded string, and a missing body (editor not started yet) is told apart from an empty one.
import { formText } from "@/lib/form/form-data";
import { MAX_BODY_LENGTH } from "@/lib/newsroom/validation";

export { formText };

/** The article fields as typed (for the schema, and to refill the form on error). */
export function articleValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {
    title: formText(formData, "title", 1000),
    sapo: formText(formData, "sapo", 3000),
    categoryId: formText(formData, "categoryId", 20),
    author: formText(formData, "author", 1000),
    source: formText(formData, "source", 1000),
    featured: formText(formData, "featured", 10) ? "on" : "",
    coverMediaId: formText(formData, "coverMediaId", 100),
    version: formText(formData, "version", 20),
  };
  // One character over the limit is enough for the schema to refuse it with its message.
  if (typeof formData.get("bodyHtml") === "string") values.bodyHtml = formText(formData, "bodyHtml", MAX_BODY_LENGTH + 1);
  return values;
}

export const EDITOR_NOT_READY = "Trình soạn thảo chưa tải xong nên nội dung chưa được gửi. Vui lòng đợi giây lát rồi lưu lại.";

/** Status messages after a save or a workflow step, chosen by the ?ok= code of the redirect (the step's name). */
export const DONE_MESSAGES: Record<string, string> = {
  created: "Đã tạo bản nháp.",
  saved: "Đã lưu thay đổi.",
  restored: "Đã khôi phục phiên bản cũ thành một phiên bản mới.",
  submit_for_review: "Đã gửi duyệt.",
  approve_publish: "Đã duyệt và đăng bài.",
  publish_without_review: "Đã đăng bài không qua duyệt; lý do đã được ghi vào nhật ký.",
  schedule: "Đã hẹn giờ đăng.",
  unschedule: "Đã hủy hẹn giờ; bài trở về bản nháp.",
  retry_schedule: "Đã đặt lại lịch đăng; bài sẽ được đăng trong lần chạy tới.",
  return_to_draft: "Bài đã trở về bản nháp.",
  unpublish: "Đã gỡ bài khỏi cổng.",
  "edition-saved": "Đã lưu vào ấn bản mới. Bạn đọc vẫn thấy bản đang đăng cho đến khi ấn bản được duyệt và đăng.",
  "edition-restored": "Đã đưa nội dung phiên bản cũ vào ấn bản mới; bản đang đăng chưa thay đổi.",
  "edition-submit_for_review": "Đã gửi duyệt ấn bản mới.",
  "edition-approve_publish": "Đã duyệt và đăng ấn bản mới: bạn đọc đã thấy nội dung mới.",
  "edition-publish_without_review": "Đã đăng ấn bản mới không qua duyệt; lý do đã được ghi vào nhật ký.",
  "edition-return_to_draft": "Ấn bản đã trở về bản nháp.",
  "edition-discard": "Đã hủy ấn bản mới; bản đang đăng giữ nguyên.",
  "preview-revoked": "Đã thu hồi liên kết xem trước: liên kết không còn mở được.",
};
