// What the portal notes of its answers for the shipped proxy's purge (lib/http/proxy-keys.ts), and the mark on an
// answer rendered across a change (lib/http/strip-response.ts), on a real node:http server wired as
// scripts/server.ts wires them.
import http from "node:http";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { forgetProxyAnswers, noteProxyAnswer, noteProxyAnswerOnFinish, recentProxyKeys, WINDOW_MS } from "@/lib/http/proxy-keys";
import { stripScriptsFromResponse } from "@/lib/http/strip-response";
import { purgePageCache } from "@/lib/http/page-cache";

const PORT = 3398;
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    noteProxyAnswerOnFinish(req, res);
    stripScriptsFromResponse(req, res, undefined, true, 0);
    const url = req.url ?? "/";
    // A change (a publish) lands while this page renders.
    if (url.startsWith("/changed-meanwhile")) purgePageCache("/");
    const status = url.startsWith("/broken") ? 500 : 200;
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", etag: '"v1"', "cache-control": "s-maxage=300" });
    res.end(`<!doctype html><html><body><h1>${url}</h1></body></html>`);
  });
  await new Promise<void>((r) => server.listen(PORT, "127.0.0.1", r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => forgetProxyAnswers());

function request(path: string, method = "GET", headers: Record<string, string> = {}) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    http
      .request({ host: "127.0.0.1", port: PORT, path, method, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res));
      })
      .on("error", reject)
      .end();
  });
}

it("notes each GET and HEAD answer the proxy may store, by URL and the encoding it asked for", async () => {
  await request("/news/a?page=2", "GET", { "accept-encoding": "br" });
  await request("/news/b", "HEAD", { "accept-encoding": "gzip" });
  await request("/", "GET");
  await request("/broken", "GET", { "accept-encoding": "br" });
  await request("/news/c", "POST", { "accept-encoding": "br" });
  expect(recentProxyKeys("/news").sort()).toEqual(["GET|/news/a?page=2|br", "GET|/news/b|gzip", "HEAD|/news/a?page=2|br", "HEAD|/news/b|gzip"]);
  expect(recentProxyKeys("/")).toContain("GET|/|");
  expect(recentProxyKeys("/").some((k) => k.includes("/broken") || k.includes("/news/c"))).toBe(false);
});

it("a note lasts the window, past any copy's freshness in the proxy, and no longer", () => {
  const t = 1_000_000;
  noteProxyAnswer("/awards", "br", 200, t);
  noteProxyAnswer("/awards", "gzip", 404, t + 1000);
  expect(recentProxyKeys("/awards", t + 3000)).toHaveLength(4);
  expect(recentProxyKeys("/awards", t + WINDOW_MS + 500)).toEqual(["GET|/awards|gzip", "HEAD|/awards|gzip"]);
  // A later answer renews the note, and noting prunes what has lapsed.
  noteProxyAnswer("/awards", "br", 200, t + WINDOW_MS + 600);
  expect(recentProxyKeys("/awards", t + WINDOW_MS + 700)).toHaveLength(4);
  noteProxyAnswer("/", "", 200, t + 3 * WINDOW_MS);
  expect(recentProxyKeys("/", t + 3 * WINDOW_MS)).toEqual(["GET|/|", "HEAD|/|"]);
});

it("a flood of distinct addresses is bounded, the oldest notes going first", () => {
  const t = 2_000_000;
  for (let i = 0; i < 20_100; i++) noteProxyAnswer(`/search?q=${i}`, "br", 200, t);
  const keys = recentProxyKeys("/search", t);
  expect(keys.length).toBe(2 * 20_000);
  expect(keys).not.toContain("GET|/search?q=0|br");
  expect(keys).toContain("GET|/search?q=20099|br");
});

it("a page rendered across a change tells the proxy not to keep it; others are not marked", async () => {
  const changed = await request("/changed-meanwhile", "GET", { "accept-encoding": "br" });
  expect(changed.headers["x-accel-expires"]).toBe("0");
  const plain = await request("/news/a", "GET", { "accept-encoding": "br" });
  expect(plain.headers["x-accel-expires"]).toBeUndefined();
});

it("an answer made while a change landed is noted as such, for the purge's second pass", async () => {
  await request("/changed-meanwhile", "GET", { "accept-encoding": "br" });
  await request("/news/a", "GET", { "accept-encoding": "br" });
  expect(recentProxyKeys("/", Date.now(), true)).toEqual(["GET|/changed-meanwhile|br", "HEAD|/changed-meanwhile|br"]);
  expect(recentProxyKeys("/", Date.now())).toHaveLength(4);
  // Answered again after the change, the copy the proxy now holds is fresh.
  noteProxyAnswer("/changed-meanwhile", "br", 200);
  expect(recentProxyKeys("/", Date.now(), true)).toEqual([]);
});
