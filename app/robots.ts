// robots.txt: everything public may be crawled; the admin area, sign-in and search results may not.
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/", "/search", "/track"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
