// Root layout: Vietnamese document shell shared by every audience.
import type { Metadata, Viewport } from "next";
import "./globals.css";
import { siteUrl } from "@/lib/env";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Cổng thông tin điện tử Sở Thông tin và Truyền thông", template: "%s | Sở TT&TT" },
  description: "Cổng thông tin điện tử của Sở Thông tin và Truyền thông: tin tức, hội nghị, thi đua khen thưởng, dịch vụ công trực tuyến.",
  alternates: { types: { "application/rss+xml": "/feed.xml" } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0a4f8f" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
