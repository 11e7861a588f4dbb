// Next.js configuration. PGlite must stay external: bundling it breaks its wasm and extension files.
/**
 * /services?field=&level=&agency=&page= onto the cached catalogue route /services/list/F/L/A/P ("all" and page 1
 * for what is absent), most specific first so every valid parameter is kept; junk values count as absent.
 * A non-blank ?q= alone goes to the cached search route (services/find/[q]); with filters or a page, to the
 * per-request search route (it keeps the whole query string).
 */
function servicesRewrites() {
  const params = [
    { key: "field", value: "^(?<field>[a-z0-9-]{1,100})$", absent: "all" },
    { key: "level", value: "^(?<level>[1-3])$", absent: "all" },
    { key: "agency", value: "^(?<agency>[a-z0-9-]{1,100})$", absent: "all" },
    { key: "page", value: "^(?<page>[1-9][0-9]{0,3})$", absent: "1" },
  ];
  const subsets = Array.from({ length: 1 << params.length }, (_, mask) => params.filter((_, i) => mask & (1 << i)));
  subsets.sort((a, b) => b.length - a.length);
  return [
    // A text alone (up to 100 characters, nothing a path segment cannot hold): the cached search route.
    {
      source: "/services",
      has: [{ type: "query", key: "q", value: "^(?=[\\s\\S]*\\S)(?<q>[^/\\\\%#?]{1,100})$" }],
      missing: params.map((p) => ({ type: "query", key: p.key })),
      destination: "/services/find/:q",
    },
    { source: "/services", has: [{ type: "query", key: "q", value: "[\\s\\S]*\\S[\\s\\S]*" }], destination: "/services/search" },
    ...subsets.map((present) => ({
      source: "/services",
      ...(present.length ? { has: present.map((p) => ({ type: "query", key: p.key, value: p.value })) } : {}),
      destination: `/services/list/${params.map((p) => (present.includes(p) ? `:${p.key}` : p.absent)).join("/")}`,
    })),
  ];
}

/** /statistics?field=&month=YYYY-MM onto the cached route /statistics/view/F/M ("all" for what is absent or junk). */
function statisticsRewrites() {
  const field = { type: "query", key: "field", value: "^(?<field>[a-z0-9-]{1,100})$" };
  const month = { type: "query", key: "month", value: "^(?<month>20[0-9]{2}-(?:0[1-9]|1[0-2]))$" };
  return [
    { source: "/statistics", has: [field, month], destination: "/statistics/view/:field/:month" },
    { source: "/statistics", has: [field], destination: "/statistics/view/:field/all" },
    { source: "/statistics", has: [month], destination: "/statistics/view/all/:month" },
    { source: "/statistics", destination: "/statistics/view/all/all" },
  ];
}

/**
 * /awards?year=&issuer=&form= onto the cached route /awards/list/Y/I/F ("all" for what is absent), most specific
 * first; junk values count as absent. /awards.csv keeps its query string (a route handler reads it).
 */
function awardsRewrites() {
  const params = [
    { key: "year", value: "^(?<year>[0-9]{4})$" },
    { key: "issuer", value: "^(?<issuer>[a-z0-9-]{1,100})$" },
    { key: "form", value: "^(?<form>co_thi_dua|bang_khen|giay_khen|chien_si_thi_dua|lao_dong_tien_tien|other)$" },
  ];
  const subsets = Array.from({ length: 1 << params.length }, (_, mask) => params.filter((_, i) => mask & (1 << i)));
  subsets.sort((a, b) => b.length - a.length);
  return subsets.map((present) => ({
    source: "/awards",
    ...(present.length ? { has: present.map((p) => ({ type: "query", key: p.key, value: p.value })) } : {}),
    destination: `/awards/list/${params.map((p) => (present.includes(p) ? `:${p.key}` : "all")).join("/")}`,
  }));
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "pino", "proper-lockfile", "exceljs"],
  poweredByHeader: false,
  // Compression belongs to the reverse proxy (nginx: gzip/brotli in C, off the single Node thread; it also
  // terminates TLS, which next start does not). See README "Deploy".
  compress: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Rendered pages (ISR) and data-cache entries live only in this bounded in-memory LRU (32 MB; Next's default is
  // 50 MB): the server clears the on-disk copy at every boot anyway (lib/boot), and on disk every distinct URL
  // under a cached route (a mistyped article address, each catalogue search text) stayed until the next restart.
  // An evicted page is rendered again on its next request.
  cacheMaxMemorySize: 32 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // forbidden() for signed-in users without the role (403 page); sign-in redirects stay with the guards.
    authInterrupts: true,
    // Uploads go through server actions: 10 MB a file, a dossier 30 MB in all (lib/uploads/kinds.ts). The
    // limit is REQUEST_BODY_LIMIT_BYTES there, a little above 30 MB (form fields, multipart framing, and a
    // form a few MB over still gets our own Vietnamese refusal naming each file instead of Next's bare
    // error; what Next does beyond it: lib/uploads/body-limit.ts). proxy.ts runs on /admin and by default
    // keeps only the first 10 MB of a body it sees, which would cut an upload short: same limit there.
    // tests/unit/uploads/body-limit.test.ts keeps both equal to REQUEST_BODY_LIMIT_BYTES.
    serverActions: { bodySizeLimit: "36mb" },
    proxyClientMaxBodySize: "36mb",
  },
  // The public contract URLs (/, /news?category=&page=, /feed.xml?category=, /services?field=&level=&agency=)
  // are served by ISR routes whose
  // parameters are path segments, so each list page is rendered once and cached (query strings are not part
  // of Next's page cache key). Junk values fall through to the plain list (page 1, all categories).
  async rewrites() {
    const category = { type: "query", key: "category", value: "^(?<category>[a-z0-9-]{1,100})$" };
    const page = { type: "query", key: "page", value: "^(?<page>[1-9][0-9]{0,3})$" };
    return {
      beforeFiles: [
        { source: "/", destination: "/home/main" },
        { source: "/news", has: [category, page], destination: "/news/list/:category/:page" },
        { source: "/news", has: [category], destination: "/news/list/:category/1" },
        { source: "/news", has: [page], destination: "/news/list/all/:page" },
        { source: "/news", destination: "/news/list/all/1" },
        { source: "/conferences", has: [page], destination: "/conferences/page/:page" },
        { source: "/conferences", destination: "/conferences/page/1" },
        { source: "/feed.xml", has: [category], destination: "/feeds/:category" },
        { source: "/feed.xml", destination: "/feeds/all" },
        ...servicesRewrites(),
        ...statisticsRewrites(),
        ...awardsRewrites(),
      ],
    };
  },
  // Security headers. Content-Security-Policy by kind of response (baseline kept equal to lib/security/csp.ts
  // by tests/unit/security/csp.test.ts):
  // - pages rendered per request (admin, sign-in, preview links, search) get a per-request nonce from proxy.ts,
  //   so they are left out here (two policies would both apply);
  // - cached public pages ship no script at all (the server removes Next's: lib/http/public-html.ts), so their
  //   policy allows none: script-src 'none';
  // - feeds, robots, sitemap and API JSON load nothing and run nothing; /media and /files set their own.
  // HSTS only over TLS: X-Forwarded-Proto as scripts/server.ts leaves it (lib/http/proto.ts).
  async headers() {
    const baseline = [
      "default-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self'",
      "font-src 'self'",
      "connect-src 'self'",
      "media-src 'self'",
      "manifest-src 'self'",
      "frame-src 'none'",
      "worker-src 'none'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ];
    const cachedPagePolicy = [...baseline, "script-src 'none'"].join("; ");
    const dataPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
    const security = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    const csp = (value) => [{ key: "Content-Security-Policy", value }];
    return [
      { source: "/:path*", headers: security },
      {
        source: "/((?!admin(?:/|$)|login$|preview/|search$|media/|files/|api/|feeds/|feed\\.xml$|robots\\.txt$|sitemap\\.xml$|_next/).*)",
        headers: csp(cachedPagePolicy),
      },
      ...["/api/:path*", "/feeds/:path*", "/feed.xml", "/robots.txt", "/sitemap.xml"].map((source) => ({ source, headers: csp(dataPolicy) })),
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default nextConfig;
