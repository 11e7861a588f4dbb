import http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, expect, it } from "vitest";
import { stripScriptsFromResponse } from "@/lib/http/strip-response";

// A stand-in for Next: a public page with a script, cached (ETag) or private (rendered per request).
const PAGE = `<!doctype html><html><body><h1>Tin tức</h1>${"<p>Nội dung bài viết.</p>".repeat(80)}<script>self.__next_f=1</script></body></html>`;
const PORT = 3396;
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    stripScriptsFromResponse(req, res, undefined, true);
    const headers: http.OutgoingHttpHeaders = { "content-type": "text/html; charset=utf-8" };
    if (req.url === "/cached") Object.assign(headers, { etag: '"abc"', "cache-control": "s-maxage=300" });
    else Object.assign(headers, { etag: '"def"', "cache-control": "private, no-store" });
    res.writeHead(200, headers);
    res.end(PAGE);
  });
  await new Promise<void>((r) => server.listen(PORT, "127.0.0.1", r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function get(path: string, encoding: string) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get({ host: "127.0.0.1", port: PORT, path, headers: { "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

it("sends a cached page stripped and compressed in the encoding asked for, the same bytes each time", async () => {
  const a = await get("/cached", "gzip, br");
  const b = await get("/cached", "gzip, br");
  expect(a.headers["content-encoding"]).toBe("br");
  expect(a.headers.vary).toMatch(/accept-encoding/i);
  expect(Number(a.headers["content-length"])).toBe(a.body.length);
  expect(b.body.equals(a.body)).toBe(true);
  const html = zlib.brotliDecompressSync(a.body).toString();
  expect(html).toContain("<h1>Tin tức</h1>");
  expect(html).not.toContain("<script");
  const gz = await get("/cached", "gzip");
  expect(gz.headers["content-encoding"]).toBe("gzip");
  expect(zlib.gunzipSync(gz.body).toString()).toBe(html);
  const plain = await get("/cached", "identity");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body.toString()).toBe(html);
});

it("leaves a private page to the usual path (stripped, not memoised)", async () => {
  const r = await get("/private", "identity");
  expect(r.body.toString()).not.toContain("<script");
  expect(r.body.toString()).toContain("<h1>Tin tức</h1>");
});
