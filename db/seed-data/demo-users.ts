// Demo accounts for the embedded default (never created when DEMO_CONTENT is off): one administrator and
// one editor, so the review workflow (approval by someone other than the author) can be tried at once.
export const demoUsers = [
  { email: "quantri@example.gov.vn", name: "Quản trị viên (demo)", password: "QuanTri-2026-demo", role: "admin" as const },
  { email: "bientap@example.gov.vn", name: "Biên tập viên (demo)", password: "BienTap-2026-demo", role: "staff" as const },
];
