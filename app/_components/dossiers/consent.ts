// The consent a citizen gives on the dossier form, in the words of Decree 13/2023/NĐ-CP on personal data
// protection: which data, for what purpose, who processes it, and the applicant's rights. Shown beside the
// checkbox, never pre-ticked.
export const CONSENT_LABEL = "Tôi đồng ý cho cơ quan giải quyết xử lý dữ liệu cá nhân của tôi để giải quyết hồ sơ này";

export const CONSENT_TEXT =
  "Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân: họ tên, số định danh, số điện thoại, email, địa chỉ và các giấy tờ " +
  "bạn gửi chỉ được cán bộ của cơ quan giải quyết thủ tục dùng để tiếp nhận, giải quyết, thông báo và trả kết quả hồ sơ này; " +
  "không công khai, không chuyển cho bên thứ ba trừ khi pháp luật quy định; mỗi lần cán bộ mở hồ sơ hoặc tải tệp đều được ghi " +
  "nhật ký. Bạn có quyền được biết, yêu cầu chỉnh sửa và rút lại sự đồng ý (liên hệ bộ phận một cửa của cơ quan); việc rút lại " +
  "sự đồng ý có thể làm hồ sơ không thể tiếp tục giải quyết.";
