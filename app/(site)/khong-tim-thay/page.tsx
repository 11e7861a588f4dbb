// The 404 page with the site's header and footer, rendered once (static). The server sends it, with status 404,
// for a public page whose 404 answer would otherwise be an empty shell without JavaScript.
import type { Metadata } from "next";
import { NotFoundContent } from "@/app/_components/layout/not-found-content";

export const metadata: Metadata = { title: "Không tìm thấy trang", robots: { index: false } };
export const dynamic = "force-static";

export default function NotFoundPage() {
  return <NotFoundContent />;
}
