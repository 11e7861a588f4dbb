// The shipped reverse proxy (deploy/nginx, started by scripts/proxy.ts as in production) in front of this
// suite's portal, through a small TCP relay that the test can cut to stop "the origin". It proves what the
// cache must never get wrong: a change is visible through it at once (the portal purges the copies it gave
// out, exact key by exact key: PROXY_PURGE_URL, lib/http/proxy-keys.ts),
// a signed-in page never reaches an anonymous client nor the reverse, POSTs (rating, tracking, a dossier) and
// dossier files are never cached, and a public page is still served while the origin is down.
import net from "node:net";
import type { ChildProcess } from "node:child_process";
import { test, expect, type APIRequestContext } from "./fixtures";
import { ADMIN_STATE, REFERENCE, withChangedPhone } from "./support";
import { E2E_PRIVATE_FILE } from "./private-file-fixture";
import { PROXY_PORT } from "../playwright.config";
import { findNginx, startProxy } from "../scripts/proxy";

const PROXY = `http://127.0.0.1:${PROXY_PORT}`;
const ORIGIN_PORT = Number(process.env.E2E_PORT ?? 3210);
const ORIGIN = `http://127.0.0.1:${ORIGIN_PORT}`;

let relay: net.Server;
const sockets = new Set<net.Socket>();
let nginx: ChildProcess;

function hasNginx(): boolean {
  try {
    findNginx();
    return true;
  } catch {
    return false;
  }
}

test.describe.configure({ mode: "serial" });
// Runs wherever nginx is installed (CI installs it, so there it always runs); elsewhere it is skipped, not failed.
test.skip(!hasNginx() && !process.env.CI, "nginx is not installed (CI installs it)");

test.beforeAll(async () => {
  relay = net.createServer((client) => {
    const upstream = net.connect(ORIGIN_PORT, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => relay.listen(0, "127.0.0.1", r));
  const relayPort = (relay.address() as net.AddressInfo).port;
  nginx = startProxy({ dir: ".proxy-e2e", port: PROXY_PORT, origin: `127.0.0.1:${relayPort}` });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${PROXY}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the proxy did not start");
});

test.afterAll(async () => {
  nginx?.kill("SIGQUIT");
  for (const s of sockets) s.destroy();
  await new Promise((r) => relay?.close(r));
});

const cacheStatus = (r: { headers(): Record<string, string> }) => r.headers()["x-cache-status"] ?? "";

async function getTwice(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const a = await request.get(`${PROXY}${path}`, { headers, maxRedirects: 0 });
  const b = await request.get(`${PROXY}${path}`, { headers, maxRedirects: 0 });
  return [a, b] as const;
}

/**
 * GETs `path` until the cache answers (at most five times); the answer that came from it, if one did. The first
 * answer is stored unless the portal served it stale while re-rendering (an article an earlier spec changed):
 * that one is passed on, not kept, and the fresh one after it is. None would ever come if pages were not cached.
 */
async function untilCached(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 5; i++) {
    const r = await request.get(`${PROXY}${path}`, { headers, maxRedirects: 0 });
    expect(r.status()).toBe(200);
    if (/HIT|UPDATING|STALE/.test(cacheStatus(r))) return r;
  }
  return undefined;
}

test("public pages are cached for anonymous readers and compressed", async ({ request }) => {
  const cached = await untilCached(request, REFERENCE.path, { "accept-encoding": "br" });
  expect(cached, "one of five GETs in a row answered from the cache").toBeDefined();
  expect(cached!.headers()["content-encoding"]).toBe("br");
  const gz = await request.get(`${PROXY}/`, { headers: { "accept-encoding": "gzip" } });
  expect(gz.headers()["content-encoding"]).toBe("gzip");
});

test("a change shows through the cache at once", async ({ browser, request }) => {
  await withChangedPhone(
    browser,
    PROXY,
    async (phone) => {
      const saved = Date.now();
      // The origin and the proxy are asked together: the origin's own re-render after a change (longer on a
      // loaded CI machine) is not the cache's doing, so the cache's delay is measured against the origin.
      let originAt = -1;
      let proxyAt = -1;
      let proxyStatus = "";
      const shows = async (url: string) => {
        const r = await request.get(url);
        return { shown: (await r.text()).includes(phone), status: cacheStatus(r) };
      };
      while (Date.now() - saved < 3000 && proxyAt < 0) {
        const [viaOrigin, viaProxy] = await Promise.all([shows(`${ORIGIN}/`), shows(`${PROXY}/`)]);
        const now = Date.now() - saved;
        if (viaOrigin.shown && originAt < 0) originAt = now;
        if (viaProxy.shown) [proxyAt, proxyStatus] = [now, viaProxy.status];
        if (proxyAt < 0) await new Promise((r) => setTimeout(r, 50));
      }
      console.log(`change visible at the origin ${originAt} ms and through the proxy ${proxyAt} ms (${proxyStatus}) after the save answered`);
      expect(proxyAt, "the change never showed through the proxy").toBeGreaterThanOrEqual(0);
      expect(originAt).toBeGreaterThanOrEqual(0);
      // The purge took the copy away: the change arrives as a MISS. Had the copy only lapsed (1–2 s, nginx's
      // whole-second validity), it would come as EXPIRED (or STALE/UPDATING).
      expect(proxyStatus, "the copy held at the change was purged, not left to expire").toBe("MISS");
      expect(proxyAt - originAt, "the cache's own delay (ms)").toBeLessThanOrEqual(1000);
    },
    // The cache holds the page as it is when the change is sent.
    async () => expect(await untilCached(request, "/"), "/ is in the cache").toBeDefined(),
  );
});

// A request context keeps cookies the answers set (a session refreshes its cookie): anonymous requests get
// a context of their own that has never seen one.
async function anonymous(playwright: { request: { newContext: () => Promise<APIRequestContext> } }, path: string) {
  const ctx = await playwright.request.newContext();
  const r = await ctx.get(`${PROXY}${path}`, { maxRedirects: 0 });
  const out = { status: r.status(), headers: r.headers(), text: await r.text() };
  await ctx.dispose();
  return out;
}

test("a signed-in page never reaches an anonymous client, and a signed-in client never gets the cached copy", async ({ browser, request, playwright }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const cookie = (await admin.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await admin.close();
  const [signedIn] = await getTwice(request, "/admin", { cookie });
  expect(signedIn.status()).toBe(200);
  expect(cacheStatus(signedIn)).not.toBe("HIT");
  const anon = await anonymous(playwright, "/admin");
  expect(anon.status).toBe(307);
  expect(anon.text).not.toContain("Trang quản trị");
  // The reverse: a cached public page is not what a session gets; its request goes to the portal.
  // (a context of its own: `request` now keeps the session cookie /admin refreshed)
  const fresh = await playwright.request.newContext();
  expect(await untilCached(fresh, "/news"), "/news is in the cache").toBeDefined();
  await fresh.dispose();
  const withSession = await request.get(`${PROXY}/news`, { headers: { cookie } });
  expect(cacheStatus(withSession)).toBe("BYPASS");
});

test("POSTs (a rating, a tracking lookup, a dossier) and dossier files are never cached", async ({ browser, request, playwright }) => {
  for (const [path, form] of [
    [`${REFERENCE.path}/rate`, { stars: "5" }],
    ["/track", { code: "000.00.14.H42-261109-0001", phone: "0912345678" }],
    ["/services/1.000948/apply", { fullName: "Nguyễn Văn An" }],
  ] as const) {
    const a = await request.post(`${PROXY}${path}`, { form, headers: { origin: PROXY }, maxRedirects: 0 });
    const b = await request.post(`${PROXY}${path}`, { form, headers: { origin: PROXY }, maxRedirects: 0 });
    for (const r of [a, b]) expect(cacheStatus(r), path).not.toMatch(/HIT|STALE|UPDATING/);
  }
  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const cookie = (await admin.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await admin.close();
  const file = `/files/${E2E_PRIVATE_FILE.id}`;
  const [one, two] = await getTwice(request, file, { cookie });
  expect(one.status()).toBe(200);
  for (const r of [one, two]) {
    expect(cacheStatus(r)).toBe("BYPASS");
    expect(r.headers()["cache-control"]).toContain("no-store");
  }
  const anon = await anonymous(playwright, file);
  expect(anon.status).not.toBe(200);
  expect(anon.headers["x-cache-status"] ?? "").not.toMatch(/HIT|STALE/);
});

test("a public page is still served while the origin is down", async ({ request }) => {
  // The home page: the rating above owes the article a refresh (and a purge) within 5 s, as votes are batched.
  expect(await untilCached(request, "/"), "the page is in the cache before the origin stops").toBeDefined();
  relay.close();
  for (const s of sockets) s.destroy();
  // nginx counts validity in whole seconds: past 2 s the 1-second copy has surely expired.
  await new Promise((r) => setTimeout(r, 2100));
  const r = await request.get(`${PROXY}/`);
  expect(r.status()).toBe(200);
  expect(cacheStatus(r)).toBe("STALE");
  expect(await r.text()).toContain(REFERENCE.title);
});
