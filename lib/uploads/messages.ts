// What an upload refusal says, in Vietnamese: which file, what was wrong, what is allowed. Pure, so a form
// checking sizes before sending says exactly what the server would.
import { uploadKind, type UploadKind } from "./kinds";

/** "2,4 MB", "850 KB", "10 MB": sizes as a Vietnamese reader writes them. */
export function formatBytes(bytes: number): string {
  const fmt = (n: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${fmt(bytes)} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}

/** “name” for a message, or nothing when the name is unknown (a bare byte array). */
const named = (name: string) => (name ? ` “${name}”` : "");

export const uploadMessages = {
  tooLarge: (kind: UploadKind, name: string, bytes: number) =>
    `Tệp${named(name)} quá lớn (${formatBytes(bytes)}). Dung lượng tối đa là ${formatBytes(uploadKind(kind).maxFileBytes)} mỗi tệp.`,
  notAllowed: (kind: UploadKind, name: string) => {
    const spec = uploadKind(kind);
    return `Tệp${named(name)} không phải ${spec.typesText}. ${spec.typesNote}`;
  },
  empty: (name: string) => `Tệp${named(name)} rỗng (0 byte). Vui lòng chọn lại tệp.`,
  unreadableImage: (name: string) => `Không đọc được kích thước ảnh${named(name)}: tệp có thể bị hỏng. Vui lòng chọn tệp khác.`,
  imageTooLarge: (kind: UploadKind, name: string, width: number, height: number) =>
    `Ảnh${named(name)} quá lớn (${width}×${height} điểm ảnh). Mỗi chiều tối đa ${uploadKind(kind).maxImageSide} điểm ảnh.`,
  macros: (name: string) =>
    `Tệp${named(name)} có chứa macro (mã lệnh tự chạy) nên không được nhận. Vui lòng lưu lại dưới dạng không có macro (DOCX, XLSX hoặc PDF) rồi tải lên.`,
  encrypted: (name: string) =>
    `Tệp${named(name)} được đặt mật khẩu nên cán bộ không mở được. Vui lòng gỡ mật khẩu rồi tải lên lại.`,
  oneFileOnly: (label: string) => `Mục “${label}” chỉ nhận một tệp.`,
  totalTooLarge: (total: number, max: number) =>
    `Tổng dung lượng các tệp (${formatBytes(total)}) vượt quá mức cho phép ${formatBytes(max)} cho một lần gửi. Vui lòng giảm dung lượng tệp (ví dụ quét với độ phân giải thấp hơn) rồi gửi lại.`,
  bodyTooLarge: (max: number) =>
    `Dữ liệu gửi lên quá lớn (tối đa ${formatBytes(max)} cho một lần gửi). Chưa có gì được lưu. Vui lòng giảm dung lượng tệp rồi gửi lại.`,
};
