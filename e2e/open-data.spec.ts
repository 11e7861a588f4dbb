// The open data API as a web page on another site uses it, in a real browser: CORS lets it read (the ETag is
// exposed and a revalidation with If-None-Match gets 304 after the preflight), and refuses what it must (a write
// is refused, a request with credentials is refused by the browser since the API never allows them).
import { expect, test } from "./fixtures";

test("a page on another site reads the API, revalidates by ETag and can neither write nor send credentials", async ({ page, context, baseURL }) => {
  // Another origin on the same machine (localhost against the portal's 127.0.0.1): a blank page of "another
  // site", made up by the test. Chromium asks before a page reaches a loopback address from another origin
  // (Local Network Access); a real site reaches the portal over the network, so the test grants it.
  await context.grantPermissions(["local-network-access"]);
  const base = new URL(baseURL!);
  const otherOrigin = `http://${base.hostname === "127.0.0.1" ? "localhost" : "127.0.0.1"}:${base.port}`;
  await page.route(`${otherOrigin}/another-site`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>x</title>" }));
  await page.goto(`${otherOrigin}/another-site`);
  const result = await page.evaluate(async (base) => {
    const first = await fetch(`${base}/api/v1/news?limit=2`);
    const body = await first.json();
    const etag = first.headers.get("etag");
    const again = await fetch(`${base}/api/v1/news?limit=2`, { headers: { "If-None-Match": etag ?? "" }, cache: "no-store" });
    const refusal = async (init: RequestInit) => fetch(`${base}/api/v1/news`, init).then((r) => `status ${r.status}`, (e: Error) => e.name);
    return {
      status: first.status,
      items: body.data.length,
      next: typeof body.pagination.nextCursor,
      etag,
      revalidated: again.status,
      write: await refusal({ method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }),
      withCredentials: await refusal({ credentials: "include" }),
    };
  }, baseURL!);
  expect(result).toMatchObject({ status: 200, items: 2, next: "string", revalidated: 304, withCredentials: "TypeError" });
  // A write never happens: refused at the preflight, or (where the browser lets the request through, as under
  // Playwright's routing) answered 405 by the API itself.
  expect(["TypeError", "status 405"]).toContain(result.write);
  expect(result.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
});

test("the OpenAPI document and a bad parameter, as served", async ({ request }) => {
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect((await doc.json()).openapi).toBe("3.1.0");
  const bad = await request.get("/api/v1/news?limit=1000");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: "invalid_parameter", details: [{ parameter: "limit" }] } });
});
