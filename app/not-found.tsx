// Vietnamese 404 page for unknown addresses and missing articles.
import Link from "next/link";

export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase text-brand">Lỗi 404</p>
      <h1 className="mt-2 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4">Trang bạn tìm không tồn tại, đã bị gỡ hoặc địa chỉ chưa đúng.</p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/">Về trang chủ</Link>
        <Link href="/news">Xem tin tức</Link>
        <Link href="/search">Tìm kiếm</Link>
      </p>
    </main>
  );
}
