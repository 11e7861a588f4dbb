// Cross-origin server actions: a POST that Next would run as a server action (the Next-Action header of a
// JavaScript call, or a multipart form posted without JavaScript) must come from a page of this portal.
// proxy.ts answers anything else with this Vietnamese 403 page before Next sees it (Next itself would
// abort the action with a bare 500, or run it when Origin is missing).

/** True when the request could be a server action: what Next's own check looks at (server-action-request-meta.js). */
export function isPossibleServerAction(req: Request): boolean {
  if (req.method !== "POST") return false;
  if (req.headers.has("next-action")) return true;
  return (req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");
}

/**
 * Origin matches the Host the browser sent. Browsers send Origin on every POST, same-origin included;
 * a missing or opaque ("null") Origin is a hand-made request or a sandboxed frame, refused as well.
 * X-Forwarded-Host is not consulted: a client can set it (the reverse proxy must pass Host through).
 */
export function hasSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("host");
  if (!origin || origin === "null" || !host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}

const PAGE = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Yêu cầu bị từ chối | Sở TT&amp;TT</title>
<style>body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2933}main{max-width:42rem;margin:0 auto;padding:4rem 1rem;text-align:center}h1{font-size:1.5rem}a{color:#0a4f8f}</style>
</head>
<body>
<main id="noi-dung">
<p>Lỗi 403</p>
<h1>Yêu cầu bị từ chối</h1>
<p>Biểu mẫu này chỉ gửi được từ chính trang của Cổng thông tin. Vui lòng mở lại trang trên cổng rồi gửi lại.</p>
<p><a href="/">Về trang chủ</a></p>
</main>
</body>
</html>
`;

export function crossOriginActionResponse(): Response {
  return new Response(PAGE, {
    status: 403,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}
