// The 404 page with the site's header and footer, rendered per request. The server sends it, with status 404,
// for a public page whose 404 answer would otherwise be an empty shell without JavaScript. The server keeps
// its copy a minute; prerendering it would open the database during the build (the layout reads the settings).
import type { Metadata } from "next";
import { NotFoundContent } from "@/app/_components/layout/not-found-content";

export const metadata: Metadata = { title: "Không tìm thấy trang", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function NotFoundPage() {
  return <NotFoundContent />;
}
