// The portal's micro-cache on a real node:http server, wired as scripts/server.ts wires it (answer from the
// cache, else render and maybe keep): a stand-in for Next counts its renders.
import http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { stripScriptsFromResponse } from "@/lib/http/strip-response";
import { answerFromPageCache, cachedPage, pageCacheGeneration, pageCacheSize, purgePageCache, storePage } from "@/lib/http/page-cache";
import { clearPageMemo } from "@/lib/http/page-memo";

const PORT = 3397;
let renders = 0;
let version = 1;
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (answerFromPageCache(req, res)) return;
    stripScriptsFromResponse(req, res, undefined, true, 1);
    renders++;
    const url = req.url ?? "/";
    const headers: http.OutgoingHttpHeaders = { "content-type": "text/html; charset=utf-8", etag: `"v${version}"`, "cache-control": "s-maxage=300" };
    if (url.startsWith("/cookie")) headers["set-cookie"] = "visitor=1";
    if (url.startsWith("/stale")) headers["x-nextjs-cache"] = "STALE";
    res.writeHead(200, headers);
    res.end(`<!doctype html><html><body><h1>Trang ${url} bản ${version}</h1>${"<p>Nội dung.</p>".repeat(100)}<script>x()</script></body></html>`);
  });
  await new Promise<void>((r) => server.listen(PORT, "127.0.0.1", r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  purgePageCache("/");
  clearPageMemo();
  renders = 0;
});

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request({ host: "127.0.0.1", port: PORT, path, method, headers: { "accept-encoding": "br", ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}
const text = (r: { body: Buffer; headers: http.IncomingHttpHeaders }) => (r.headers["content-encoding"] === "br" ? zlib.brotliDecompressSync(r.body).toString() : r.body.toString());

it("answers a repeated anonymous GET from the cache: one render, the same bytes and headers, per encoding", async () => {
  const a = await get("/news");
  const b = await get("/news");
  expect(renders).toBe(1);
  expect(b.headers["x-page-cache"]).toBe("HIT");
  expect(b.body.equals(a.body)).toBe(true);
  expect(b.headers["content-encoding"]).toBe("br");
  expect(b.headers.etag).toBe('"v1"');
  expect(Number(b.headers["content-length"])).toBe(b.body.length);
  expect(text(b)).not.toContain("<script");
  const gz = await get("/news", { "accept-encoding": "gzip" });
  expect(gz.headers["content-encoding"]).toBe("gzip");
  expect(renders).toBe(2);
  const head = await get("/news", {}, "HEAD");
  expect(head.headers["x-page-cache"]).toBe("HIT");
  expect(head.body.length).toBe(0);
  const revalidate = await get("/news", { "if-none-match": '"v1"' });
  expect(revalidate.status).toBe(304);
  expect(renders).toBe(2);
});

it("never answers or keeps a request with a session cookie, the client router's requests, or private paths", async () => {
  await get("/news");
  const signedIn = await get("/news", { cookie: "authjs.session-token=abc" });
  expect(signedIn.headers["x-page-cache"]).toBeUndefined();
  await get("/news", { cookie: "__Secure-authjs.session-token=abc" });
  await get("/news", { rsc: "1" });
  expect(renders).toBe(4);
  // The stand-in marks these shared too: the path alone keeps them out.
  for (const path of ["/track", "/services/1.234/apply", "/admin", "/login"]) {
    await get(path);
    const again = await get(path);
    expect(again.headers["x-page-cache"], path).toBeUndefined();
  }
});

it("never keeps an answer that sets a cookie or that Next served stale", async () => {
  await get("/cookie");
  expect((await get("/cookie")).headers["x-page-cache"]).toBeUndefined();
  await get("/stale");
  expect((await get("/stale")).headers["x-page-cache"]).toBeUndefined();
  expect(renders).toBe(4);
});

it("a purge shows the change at the next request, and only under its prefix", async () => {
  await get("/news/a");
  await get("/statistics");
  version = 2;
  purgePageCache("/news");
  expect(text(await get("/news/a"))).toContain("bản 2");
  expect((await get("/statistics")).headers["x-page-cache"]).toBe("HIT");
  version = 1;
});

it("an answer begun before a purge is not kept after it, and copies expire", () => {
  const page = { status: 200, headers: {}, body: Buffer.from("x") };
  const before = pageCacheGeneration();
  purgePageCache("/");
  storePage("/a", "br", page, 1, before);
  expect(pageCacheSize().pages).toBe(0);
  storePage("/a", "br", page, 1, pageCacheGeneration(), 1_000);
  expect(cachedPage("/a", "br", 1_999)).toBeDefined();
  expect(cachedPage("/a", "br", 2_000)).toBeUndefined();
  expect(pageCacheSize()).toEqual({ pages: 0, bytes: 0 });
});

it("drops copies that have expired as new ones are stored, so it holds about a second's worth of pages", () => {
  const page = { status: 200, headers: {}, body: Buffer.alloc(1000) };
  for (let i = 0; i < 50; i++) storePage(`/news/${i}`, "br", page, 1, pageCacheGeneration(), 10_000);
  expect(pageCacheSize()).toEqual({ pages: 50, bytes: 50_000 });
  storePage("/news/new", "br", page, 1, pageCacheGeneration(), 11_000);
  expect(pageCacheSize()).toEqual({ pages: 1, bytes: 1000 });
});
