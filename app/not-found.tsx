// Vietnamese 404 page for unknown addresses and missing articles.
import type { Metadata } from "next";
import { NotFoundContent } from "@/app/_components/layout/not-found-content";

export const metadata: Metadata = { title: "Không tìm thấy trang", robots: { index: false } };

export default function NotFound() {
  return (
    <main id="noi-dung">
      <NotFoundContent />
    </main>
  );
}
