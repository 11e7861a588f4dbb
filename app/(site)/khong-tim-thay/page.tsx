// The 404 page with the site's header and footer. The server (scripts/server.ts) fetches it at most once a minute
// and sends it, with status 404, for a public page whose 404 answer would otherwise be an empty shell without
// JavaScript. Rendered per request, not at build time: the build never opens the database (the header reads
// the site settings).
import type { Metadata } from "next";
import { NotFoundContent } from "@/app/_components/layout/not-found-content";

export const metadata: Metadata = { title: "Không tìm thấy trang", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function NotFoundPage() {
  return <NotFoundContent />;
}
