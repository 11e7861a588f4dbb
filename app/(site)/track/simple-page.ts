// A small Vietnamese HTML page for the tracking handlers' refusals (403, 429, 500): no App Router chrome, no
// script, never cached. The message texts are the portal's own, never anything a client sent.
import "server-only";

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function simplePage(status: number, title: string, message: string, extraHeaders: Record<string, string> = {}): Response {
  const html = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)} | Cổng thông tin điện tử</title>
<style>body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933}main{max-width:42rem;margin:0 auto;padding:4rem 1rem;text-align:center}h1{font-size:1.5rem}a{color:#0a4f8f}</style>
</head>
<body>
<main id="noi-dung">
<p>Lỗi ${status}</p>
<h1>${esc(title)}</h1>
<p>${esc(message)}</p>
<p><a href="/track">Về trang tra cứu hồ sơ</a> · <a href="/">Trang chủ</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      ...extraHeaders,
    },
  });
}
