// Requests Next cannot route: a path whose percent-encoding does not decode (e.g. /news/%ED%A0%80) makes
// Next answer a bare 500. The HTTP server (scripts/server.ts) asks here first and answers the Vietnamese
// 400 page itself, so no malformed address reaches the app or shows an English error.

/** False when the request target's path holds a percent-escape that is not valid UTF-8 (or is cut short). */
export function isDecodablePath(requestTarget: string): boolean {
  const end = requestTarget.search(/[?#]/);
  const path = end === -1 ? requestTarget : requestTarget.slice(0, end);
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

// The same palette as app/globals.css; inline because no build asset may be assumed outside Next.
const STYLE = `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933;background:#fff}
header{background:#0a4f8f;color:#fff;padding:12px 16px;font-weight:600}main{max-width:42rem;margin:0 auto;padding:4rem 1rem;text-align:center}
.code{font-size:.875rem;font-weight:600;text-transform:uppercase;color:#0a4f8f}h1{font-size:1.5rem;margin:.5rem 0 0}
a{color:#0a4f8f;margin:0 .5rem}p{line-height:1.6}`;

/** The whole Vietnamese 400 page: no script, no external asset, nothing echoed from the request. */
export const BAD_REQUEST_HTML = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Địa chỉ không hợp lệ | Sở TT&amp;TT</title>
<style>${STYLE}</style>
</head>
<body>
<header>Cổng thông tin điện tử Sở Thông tin và Truyền thông</header>
<main id="noi-dung">
<p class="code">Lỗi 400</p>
<h1>Địa chỉ không hợp lệ</h1>
<p>Địa chỉ trang có ký tự không đọc được, có thể do liên kết bị cắt hoặc gõ sai. Vui lòng kiểm tra lại địa chỉ.</p>
<p><a href="/">Về trang chủ</a><a href="/news">Xem tin tức</a><a href="/search">Tìm kiếm</a></p>
</main>
</body>
</html>
`;

export const BAD_REQUEST_HEADERS: Record<string, string> = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  // Served by scripts/server.ts outside Next, so next.config.js headers do not reach it: its own policy.
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};
