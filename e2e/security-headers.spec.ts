// Security headers as the browser gets them: a Content-Security-Policy on public and admin pages (a fresh
// nonce on the admin, sign-in and search pages, which Next puts on its scripts; the baseline on cached
// public pages), none of feeds and JSON running anything, and a server action posted from another site
// answered with a Vietnamese 403. Also proves the suite's CSP watch (e2e/fixtures.ts) sees a violation.
import { expect, test, type APIResponse } from "./fixtures";
import { ADMIN_STATE, REFERENCE } from "./support";

function directives(res: APIResponse): Record<string, string> {
  const policy = res.headers()["content-security-policy"];
  expect(policy, `CSP on ${res.url()}`).toBeTruthy();
  return Object.fromEntries(
    policy
      .split(";")
      .map((p) => p.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name, values.join(" ")]),
  );
}

function expectBaseline(d: Record<string, string>) {
  expect(d["object-src"]).toBe("'none'");
  expect(d["base-uri"]).toBe("'none'");
  expect(d["frame-ancestors"]).toBe("'none'");
  expect(d["form-action"]).toBe("'self'");
  expect(d["img-src"]).toBe("'self'");
  expect(Object.values(d).join(" ")).not.toContain("unsafe-eval");
}

test("cached public pages carry the baseline policy @smoke", async ({ request }) => {
  for (const path of ["/", "/news", REFERENCE.path, `${REFERENCE.path}/print`, "/accessibility", "/khong-co-trang-nay"]) {
    const res = await request.get(path);
    const d = directives(res);
    expectBaseline(d);
    // They ship no script (lib/http/public-html.ts), so they allow none.
    expect(d["script-src"], path).toBe("'none'");
    expect(res.headers()["strict-transport-security"], path).toBeUndefined();
  }
});

test("pages rendered per request get a fresh nonce, on the header and on every script @smoke", async ({ request }) => {
  // Public pages ship no script at all (lib/http/public-html.ts); their policy still allows none without a nonce.
  const search = await request.get("/search?q=chuyen+doi+so");
  expectBaseline(directives(search));
  expect((await search.text()).match(/<script\b/g), "/search").toBeNull();
  for (const path of ["/login"]) {
    const [a, b] = [await request.get(path), await request.get(path)];
    const d = directives(a);
    expectBaseline(d);
    const nonce = /^'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'$/.exec(d["script-src"])?.[1];
    expect(nonce, `${path}: ${d["script-src"]}`).toBeTruthy();
    expect(directives(b)["script-src"]).not.toBe(d["script-src"]);
    const scripts = [...(await a.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  // Those paths in another case are 404 pages, still with a policy (next.config.js matches paths in any case).
  for (const path of ["/ADMIN", "/Login", "/Preview/x"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
    expectBaseline(directives(res));
  }
});

test.describe("signed in", () => {
  test.use({ storageState: ADMIN_STATE });

  test("admin pages carry a nonce policy without 'unsafe-inline' for scripts, and run", async ({ page }) => {
    const res = await page.goto("/admin/news");
    const policy = res!.headers()["content-security-policy"];
    expect(policy).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe-inline");
    // The client runtime did start under the policy: the editor (a client component) works.
    await page.goto("/admin/news/new");
    await expect(page.getByRole("toolbar", { name: "Định dạng nội dung" })).toBeVisible();
  });
});

test("feeds, robots and JSON run and load nothing", async ({ request }) => {
  for (const path of ["/feed.xml", "/robots.txt", "/sitemap.xml", "/api/health"]) {
    const d = directives(await request.get(path));
    expect(d["default-src"], path).toBe("'none'");
    expect("sandbox" in d, path).toBe(true);
  }
});

test("a server action posted from another site answers a Vietnamese 403, with or without JavaScript @smoke", async ({ request, baseURL }) => {
  const host = new URL(baseURL!).host;
  const attempts: { path: string; headers: Record<string, string>; multipart?: Record<string, string> }[] = [
    // A JavaScript call (the Next-Action header) from a foreign page, and one with no Origin at all.
    { path: "/admin/news", headers: { "next-action": "0".repeat(42), origin: "https://evil.example" } },
    { path: "/", headers: { "next-action": "0".repeat(42) } },
    // A form posted without JavaScript from a foreign page (what a cross-site attack really sends).
    { path: "/login", headers: { origin: "https://evil.example" }, multipart: { $ACTION_ID_0: "", email: "a@b.vn", password: "x" } },
    { path: "/login", headers: { origin: "null" }, multipart: { email: "a@b.vn" } },
    // Another port of the same host is another origin.
    { path: "/admin/users", headers: { "next-action": "0".repeat(42), origin: `http://${host.split(":")[0]}:1` } },
  ];
  for (const a of attempts) {
    const res = await request.post(a.path, { headers: a.headers, multipart: a.multipart, data: a.multipart ? undefined : "[]", maxRedirects: 0 });
    expect(res.status(), `${a.path} ${JSON.stringify(a.headers)}`).toBe(403);
    const body = await res.text();
    expect(body).toContain("Yêu cầu bị từ chối");
    expect(body).not.toContain("Internal Server Error");
  }
  // The same request from the portal's own origin reaches Next (an unknown action: not refused by origin).
  const own = await request.post("/", { headers: { "next-action": "0".repeat(42), origin: baseURL! }, data: "[]" });
  expect(own.status()).not.toBe(403);
});

test("the suite's CSP watch reports a blocked script and a blocked outside image", async ({ page, cspViolations }) => {
  await page.goto("/login");
  // Markup injected after load, as an XSS would: an inline handler (no nonce can cover it) and a tracking pixel.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", '<img src="/icon.svg" alt="" onload="window.__injected = true">');
    document.body.insertAdjacentHTML("beforeend", '<img src="https://tracker.example.invalid/pixel.gif" alt="">');
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(cspViolations.join("\n")).toMatch(/script-src/);
  expect(cspViolations.join("\n")).toMatch(/img-src/);
  // Expected here: cleared so the watch itself does not fail this test.
  cspViolations.length = 0;
});
