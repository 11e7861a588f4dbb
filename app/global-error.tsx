"use client";
// Last-resort error page when the root layout itself fails.
export default function GlobalError() {
  return (
    <html lang="vi">
      <body>
        <main style={{ maxWidth: 640, margin: "4rem auto", fontFamily: "system-ui, sans-serif", textAlign: "center" }}>
          <h1>Đã có lỗi xảy ra</h1>
          <p>Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.</p>
          <p>
            <a href="/">Về trang chủ</a>
          </p>
        </main>
      </body>
    </html>
  );
}
