"use client";
// Error boundary: a Vietnamese message and nothing of the error itself (no stack trace reaches a browser).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-4">Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.</p>
      <p className="mt-6">
        <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Thử lại
        </button>{" "}
        <a href="/">Về trang chủ</a>
      </p>
    </main>
  );
}
