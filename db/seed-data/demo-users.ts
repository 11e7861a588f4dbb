// Demo accounts for the embedded default: one administrator and one editor, so the review workflow
// (approval by someone other than the author) can be tried at once. Created only with the demo content and
// never in production on a server database (lib/users/initial-users.ts); their passwords are published
// here, so each must be changed at first sign-in.
export const demoUsers = [
  { email: "quantri@example.gov.vn", name: "Quản trị viên (demo)", password: "QuanTri-2026-demo", role: "admin" as const },
  { email: "bientap@example.gov.vn", name: "Biên tập viên (demo)", password: "BienTap-2026-demo", role: "staff" as const },
];
