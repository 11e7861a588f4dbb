// Next.js configuration. PGlite must stay external: bundling it breaks its wasm and extension files.
/**
 * /services?field=&level=&agency=&page= onto the cached catalogue route /services/list/F/L/A/P ("all" and page 1
 * for what is absent), most specific first so every valid parameter is kept; junk values count as absent.
 * A non-blank ?q= goes to the per-request search route instead (it keeps the whole query string).
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
    { source: "/services", has: [{ type: "query", key: "q", value: "[\\s\\S]*\\S[\\s\\S]*" }], destination: "/services/search" },
    ...subsets.map((present) => ({
      source: "/services",
      ...(present.length ? { has: present.map((p) => ({ type: "query", key: p.key, value: p.value })) } : {}),
      destination: `/services/list/${params.map((p) => (present.includes(p) ? `:${p.key}` : p.absent)).join("/")}`,
    })),
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "pino", "proper-lockfile"],
  poweredByHeader: false,
  // Compression belongs to the reverse proxy (nginx: gzip/brotli in C, off the single Node thread; it also
  // terminates TLS, which next start does not). See README "Deploy".
  compress: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
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
        { source: "/feed.xml", has: [category], destination: "/feeds/:category" },
        { source: "/feed.xml", destination: "/feeds/all" },
        ...servicesRewrites(),
      ],
    };
  },
  async headers() {
    const security = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "SAMEORIGIN" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    return [{ source: "/:path*", headers: security }];
  },
};

export default nextConfig;
