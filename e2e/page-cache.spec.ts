// The portal's own micro-cache (lib/http/page-cache.ts) as npm start runs it, without the proxy: repeated
// anonymous requests for a public page are answered from it; a request with a session never is, and never
// stores what it gets; a change made in the admin shows at the next request.
import { test, expect } from "./fixtures";
import { ADMIN_STATE, withChangedPhone } from "./support";

const hit = (h: Record<string, string>) => h["x-page-cache"] === "HIT";

test("anonymous readers share the cached copy; a session never gets it nor leaves its own", async ({ browser, playwright }) => {
  const anon = await playwright.request.newContext();
  await anon.get("/news");
  const again = await anon.get("/news");
  expect(again.status()).toBe(200);
  expect(hit(again.headers())).toBe(true);
  expect(again.headers()["content-encoding"]).toBeTruthy();

  const admin = await browser.newContext({ storageState: ADMIN_STATE });
  const cookie = (await admin.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await admin.close();
  const signedIn = await playwright.request.newContext({ extraHTTPHeaders: { cookie } });
  for (const path of ["/news", "/admin", "/admin"]) {
    const r = await signedIn.get(path, { maxRedirects: 0 });
    expect(hit(r.headers()), path).toBe(false);
  }
  // What the session was shown at /admin was not kept for anyone.
  const stranger = await anon.get("/admin", { maxRedirects: 0 });
  expect(stranger.status()).toBe(307);
  expect(hit(stranger.headers())).toBe(false);
  await anon.dispose();
  await signedIn.dispose();
});

test("a change in the admin shows to the next anonymous reader", async ({ browser, request }) => {
  await request.get("/");
  expect(hit((await request.get("/")).headers())).toBe(true);
  await withChangedPhone(browser, undefined, async (phone) => {
    // Next re-renders after the change (its first answer may still be the old page, marked stale and not kept).
    await expect.poll(async () => (await request.get("/")).text(), { timeout: 1000, intervals: [0, 50, 100] }).toContain(phone);
  });
});
