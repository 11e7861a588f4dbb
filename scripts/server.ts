// The portal's HTTP server (npm start, npm run serve, the e2e suite): Next's own request handler behind
// node:http, as `next start` runs it (port from PORT, instrumentation boot, graceful SIGTERM), plus what Next
// cannot do itself: a path that does not decode gets the Vietnamese 400 page here instead of Next's bare 500,
// and each request is stamped with the client's address by the one rule (lib/http/client-address.ts): Next
// only sets X-Forwarded-For when a request has none, so inside a handler a forged header would look real.
// Public pages leave without Next's client scripts (lib/http/public-html.ts), and answers are compressed
// (gzip or brotli, the `compression` middleware) unless COMPRESS=false. A cached public page asked for
// anonymously is answered from the portal's 1-second micro-cache when it is there (lib/http/page-cache.ts).
// Behind the shipped proxy (PROXY_PURGE_URL), each answer it may store is noted for the purge (lib/http/proxy-keys.ts).
// Run with `node --import tsx scripts/server.ts` after `next build`.
import http from "node:http";
import path from "node:path";

// Before Next loads: production mode, and no anonymous telemetry (a government portal sends nothing by itself).
Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });

const { env } = await import("@/lib/env");
const { BAD_REQUEST_HEADERS, BAD_REQUEST_HTML, isDecodablePath } = await import("@/lib/http/bad-request");
const { stampRequest } = await import("@/lib/http/stamp");
const { stripScriptsFromResponse } = await import("@/lib/http/strip-response");
const { answerFromPageCache } = await import("@/lib/http/page-cache");
const { noteProxyAnswerOnFinish } = await import("@/lib/http/proxy-keys");
const { default: compression } = await import("compression");
const { closeDb } = await import("@/db/client");
const { settleAuditAnchor } = await import("@/lib/audit/anchor");
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "..");
const port = env.PORT;
// Next builds absolute URLs (e.g. the proxy's sign-in redirect) from these, as `next start` does.
const app = next({ dev: false, dir: root, hostname: "localhost", port });
// instrumentation.ts (lib/boot: lock, migrations, demo content, scheduler) runs inside prepare().
await app.prepare();
const handle = app.getRequestHandler();

// Brotli at quality 4 and gzip at 6: most of the bytes saved for little CPU on one core. Pages are small;
// anything under 1 KB is not worth a compressor.
const compress = env.COMPRESS ? compression({ threshold: 1024, level: 6 }) : null;

const server = http.createServer((req, res) => {
  if (!isDecodablePath(req.url ?? "/")) {
    res.writeHead(400, BAD_REQUEST_HEADERS);
    res.end(req.method === "HEAD" ? undefined : BAD_REQUEST_HTML);
    return;
  }
  stampRequest(req, env.TRUSTED_PROXIES);
  // Behind the shipped proxy: what it may now hold, so that a change can purge exactly that.
  if (env.PROXY_PURGE_URL) noteProxyAnswerOnFinish(req, res);
  if (compress && env.PAGE_CACHE_SECONDS > 0 && answerFromPageCache(req, res)) return;
  if (compress) compress(req as never, res as never, () => serve(req, res));
  else serve(req, res);
});

// The public 404 page, fetched from this server once a minute at most (settings in its header may change).
let notFound: { at: number; html: string } | null = null;
async function notFoundPage(): Promise<string | null> {
  if (notFound && Date.now() - notFound.at < 60_000) return notFound.html;
  const r = await fetch(`http://127.0.0.1:${port}/khong-tim-thay`, { headers: { "accept-encoding": "identity" } });
  if (!r.ok) return null;
  notFound = { at: Date.now(), html: await r.text() };
  return notFound.html;
}

function serve(req: http.IncomingMessage, res: http.ServerResponse): void {
  stripScriptsFromResponse(req, res, notFoundPage, env.COMPRESS, env.PAGE_CACHE_SECONDS);
  handle(req, res).catch((err: unknown) => {
    // Next answers its own errors; this is only the last line, and it says nothing about the error.
    console.error("request handler failed", err);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Lỗi máy chủ. Vui lòng thử lại sau.");
  });
}

server.listen(port, () => console.log(`  Listening on port ${port}`));

if (env.MEMORY_LOG_SECONDS > 0) {
  const mb = (n: number) => Math.round(n / 1048576);
  setInterval(() => {
    const m = process.memoryUsage();
    console.error(`memory: rss ${mb(m.rss)} MB, V8 heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} MB, external ${mb(m.external)} MB (array buffers ${mb(m.arrayBuffers)} MB)`);
  }, env.MEMORY_LOG_SECONDS * 1000).unref();
}

// As `next start`: stop accepting, let requests in flight finish, close Next; then also close the database
// (releasing the embedded data directory's lock) and exit with 128 + the signal's number.
let stopping = false;
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // A request that never ends must not keep the process alive forever.
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
    server.close(() => {
      void Promise.allSettled([app.close()])
        // The last audit entries are anchored before the database closes.
        .then(() => settleAuditAnchor())
        .then(() => closeDb())
        .catch((err: unknown) => console.error("closing the database failed", err))
        .finally(() => process.exit(code));
    });
  });
}
