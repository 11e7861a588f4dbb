// Accessibility statement: a fully static page (prerendered at build, reads no data). It also serves as the
// static baseline in the benchmark (npm run bench).
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Tuyên bố về khả năng tiếp cận" };

export default function AccessibilityPage() {
  return (
    <main id="noi-dung" className="mx-auto max-w-3xl px-4 py-8">
      <p>
        <a href="/">‹ Trang chủ</a>
      </p>
      <h1 className="mt-4 text-2xl font-bold">Tuyên bố về khả năng tiếp cận</h1>
      <p className="mt-4">
        Cổng thông tin điện tử được xây dựng để mọi người dân, kể cả người khuyết tật và người dùng điện thoại
        cấu hình thấp, mạng chậm, đều đọc tin và tra cứu được.
      </p>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>Mọi trang công khai đọc được khi tắt JavaScript; tìm kiếm và đánh giá bài viết dùng biểu mẫu thông thường.</li>
        <li>Có liên kết “Bỏ qua, đến nội dung chính”, các vùng trang (đầu trang, điều hướng, nội dung, chân trang) được đánh dấu.</li>
        <li>Ảnh có mô tả thay thế; màu chữ đạt độ tương phản theo WCAG 2.1 mức AA; có thể dùng bàn phím với viền tiêu điểm rõ ràng.</li>
        <li>Trang được kiểm tra tự động bằng axe trong mỗi lần kiểm thử.</li>
      </ul>
      <p className="mt-4">Nếu gặp khó khăn khi sử dụng, xin liên hệ theo địa chỉ ở chân trang của Cổng.</p>
    </main>
  );
}
