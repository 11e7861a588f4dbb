// 403 page: signed in, but without the role this page needs.
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Không có quyền truy cập" };

export default function Forbidden() {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase text-brand">Lỗi 403</p>
      <h1 className="mt-2 text-2xl font-bold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-4">Trang này chỉ dành cho quản trị viên. Nếu cần quyền, vui lòng liên hệ quản trị viên của Cổng.</p>
      <p className="mt-6">
        <a href="/admin">Về trang quản trị</a>
      </p>
    </main>
  );
}
