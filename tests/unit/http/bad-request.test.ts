// Which request targets the HTTP server refuses with the Vietnamese 400 page, and what that page holds.
import { describe, expect, it } from "vitest";
import { BAD_REQUEST_HEADERS, BAD_REQUEST_HTML, isDecodablePath } from "@/lib/http/bad-request";

describe("isDecodablePath", () => {
  it.each([
    "/news/%ED%A0%80", // a lone UTF-16 surrogate, encoded
    "/news/%zz",
    "/news/abc%",
    "/news/%E0%A4%A",
    "/%C0%AF", // an overlong encoding of "/"
    "/news/%ED%A0%80/print?x=1",
  ])("refuses %s", (target) => {
    expect(isDecodablePath(target)).toBe(false);
  });

  it.each([
    "/",
    "/news/nghe-an-trien-khai",
    "/news/%C4%91%C4%83ng-k%C3%BD", // "đăng-ký"
    "/search?q=%ED%A0%80", // the query string is not the router's business: Next reads it leniently
    "/news?page=2#%zz",
    "/media/a%2Fb",
  ])("lets %s through", (target) => {
    expect(isDecodablePath(target)).toBe(true);
  });
});

describe("the 400 page", () => {
  it("is Vietnamese HTML that is never cached, with no script", () => {
    expect(BAD_REQUEST_HTML).toContain('<html lang="vi">');
    expect(BAD_REQUEST_HTML).toContain("<h1>Địa chỉ không hợp lệ</h1>");
    expect(BAD_REQUEST_HTML).toContain('<a href="/">Về trang chủ</a>');
    expect(BAD_REQUEST_HTML).not.toMatch(/<script/i);
    expect(BAD_REQUEST_HEADERS["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(BAD_REQUEST_HEADERS["Cache-Control"]).toBe("no-store");
    expect(BAD_REQUEST_HEADERS["Content-Security-Policy"]).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
  });
});
