// Default site settings for a fresh install; contacts are visibly sample until an administrator edits them.
export const defaultSettings = {
  departmentName: "Sở Thông tin và Truyền thông tỉnh Nghệ An",
  parentAuthority: "Ủy ban nhân dân tỉnh Nghệ An",
  address: "Địa chỉ mẫu: đường Nguyễn Thị Minh Khai, TP. Vinh, tỉnh Nghệ An",
  phone: "(0238) 000 0000 (số mẫu)",
  fax: "",
  email: "lienhe@example.gov.vn",
  editorInChief: "Giám đốc Sở (thông tin mẫu)",
  licence: "Thông tin liên hệ là dữ liệu mẫu, quản trị viên cập nhật trong phần Cài đặt.",
};
