// Next.js configuration. PGlite must stay external: bundling it breaks its wasm and extension files.
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
  // The public contract URLs (/, /news?category=&page=, /feed.xml?category=) are served by ISR routes whose
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
