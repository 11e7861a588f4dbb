import { describe, expect, it } from "vitest";
import { isPublicPagePath, stripClientScripts } from "@/lib/http/public-html";

describe("isPublicPagePath", () => {
  it("takes citizens' pages and leaves the admin, sign-in, previews, assets and APIs alone", () => {
    for (const p of ["/", "/news", "/news/bai-viet", "/services", "/services/1.000948/apply", "/track", "/statistics", "/awards", "/conferences/hoi-nghi", "/search"]) expect(isPublicPagePath(p), p).toBe(true);
    for (const p of ["/admin", "/admin/news/1", "/login", "/preview/abc", "/_next/static/chunks/a.js", "/api/health", "/files/x", "/media/y", "/feed.xml", "/sitemap.xml", "/awards.csv", "/api/v1/openapi.json"]) expect(isPublicPagePath(p), p).toBe(false);
  });
});

describe("stripClientScripts", () => {
  it("removes Next's scripts, inline payloads and script preloads, and keeps everything else", () => {
    const html = [
      '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>',
      '<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
      '<script src="/_next/static/chunks/main.js" async="" nonce="abc"></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      "</head><body><main><h1>Tin</h1><form><input name=\"q\"/></form></main>",
      '<script nonce="abc">(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script>self.__next_f.push([1,"<\\/script> inside a string"])</script>',
      "</body></html>",
    ].join("");
    const out = stripClientScripts(html);
    expect(out).not.toMatch(/__next_f|main\.js|webpack\.js|m\.js/);
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/css/a.css" data-precedence="next"/>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(out).toContain('<main><h1>Tin</h1><form><input name="q"/></form></main>');
    expect(out.endsWith("</body></html>")).toBe(true);
  });
});
