// The 404 page's content, shared by app/not-found.tsx and the public /khong-tim-thay page that the server
// sends instead of Next's 404 shell (whose content Next only draws with JavaScript; see lib/http/strip-response.ts).
export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase text-brand">Lỗi 404</p>
      <h1 className="mt-2 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4">Trang bạn tìm không tồn tại, đã bị gỡ hoặc địa chỉ chưa đúng.</p>
      <p className="mt-6 flex justify-center gap-4">
        <a href="/">Về trang chủ</a>
        <a href="/news">Xem tin tức</a>
        <a href="/search">Tìm kiếm</a>
      </p>
    </div>
  );
}
