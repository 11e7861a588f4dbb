// Hostile or careless input never breaks a page or leaks internals: unknown addresses give a Vietnamese 404,
// undecodable ones a Vietnamese 400, junk query parameters fall back to sane pages, invalid votes are
// refused without counting. Also the machine-readable surface: health check, RSS feeds, sitemap, robots.txt,
// the site icons and Open Graph tags.
import { test, expect, type APIRequestContext } from "./fixtures";
import { REFERENCE, REGISTRATION_NOTICE_TITLE, STACK_TRACE } from "./support";

async function articleCount(request: APIRequestContext, path: string): Promise<number> {
  const res = await request.get(path);
  expect(res.status()).toBe(200);
  const m = /data-testid="rating-count"[^>]*>\s*(\d+)\s*</.exec(await res.text());
  expect(m, `rating count on ${path}`).not.toBeNull();
  return Number(m![1]);
}

test("an unknown article gives a Vietnamese 404 page @smoke", async ({ request, page }) => {
  const res = await request.get("/news/khong-ton-tai");
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain("Không tìm thấy trang");

  const nav = await page.goto("/news/khong-ton-tai");
  expect(nav?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
});

// Percent-encodings that do not decode: Next alone answers these with a bare English 500 (dynamic routes)
// or its 404; the portal's server answers its own Vietnamese 400 page before Next sees them.
for (const path of ["/news/%ED%A0%80", "/news/%ED%A0%80/print", "/media/%zz", "/admin/news/abc%"]) {
  test(`a malformed address gets the Vietnamese 400 page: ${path}`, async ({ request, page }) => {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toBe("text/html; charset=utf-8");
    const body = await res.text();
    expect(body).toContain('<html lang="vi">');
    expect(body).not.toMatch(STACK_TRACE);
    expect(body).not.toContain("Internal Server Error");

    const nav = await page.goto(path);
    expect(nav?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1, name: "Địa chỉ không hợp lệ" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/");
  });
}

const junk = [
  "/news?page=abc",
  "/news?page=-1",
  "/news?page=99999",
  `/search?q=${"a".repeat(10 * 1024)}`,
  "/search?page=abc&q=x",
  `/news?category=${encodeURIComponent("<script>")}`,
  "/news?category=<script>alert(1)</script>",
  "/news?page=abc&page=2&category=x&category=thong-bao", // repeated keys: the last value counts
];

for (const path of junk) {
  test(`junk parameters are harmless: ${path.length > 80 ? `${path.slice(0, 40)}… (${path.length} chars)` : path}`, async ({ request }) => {
    const res = await request.get(path);
    expect(res.status()).toBeLessThan(500);
    expect(res.status()).toBe(200);
    const body = await res.text();
    expect(body).not.toMatch(STACK_TRACE);
    expect(body).not.toContain("<script>alert(1)</script>");
  });
}

for (const stars of ["0", "6"]) {
  test(`a vote of ${stars} stars is refused and not counted`, async ({ request, baseURL }) => {
    const before = await articleCount(request, REFERENCE.path);
    const res = await request.post(`${REFERENCE.path}/rate`, {
      form: { stars },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    const location = new URL(res.headers()["location"] ?? "", baseURL);
    expect(location.pathname).toBe(REFERENCE.path);
    expect(location.hash).toBe("#danh-gia-loi");
    expect(await articleCount(request, REFERENCE.path)).toBe(before);
  });
}

test("a vote posted from another site is refused", async ({ request }) => {
  const before = await articleCount(request, REFERENCE.path);
  const res = await request.post(`${REFERENCE.path}/rate`, {
    form: { stars: "5" },
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(await articleCount(request, REFERENCE.path)).toBe(before);
});

test("the health check answers ok @smoke", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(await res.json()).toEqual({ status: "ok" });
});

test("the RSS feeds list the news, per category", async ({ request }) => {
  const all = await request.get("/feed.xml");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await all.text();
  expect(xml).toMatch(/<rss[\s>]/);
  expect(xml).toContain(REFERENCE.title);

  const notices = await request.get("/feed.xml?category=thong-bao");
  expect(notices.status()).toBe(200);
  const noticesXml = await notices.text();
  expect(noticesXml).toMatch(/<rss[\s>]/);
  expect(noticesXml).toContain("Hướng dẫn đăng ký");
  expect(noticesXml).toContain(REGISTRATION_NOTICE_TITLE);
  expect(noticesXml).not.toContain(REFERENCE.title);
});

test("the sitemap lists the reference article and robots.txt points to it", async ({ request, baseURL }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain(`<loc>${baseURL}${REFERENCE.path}</loc>`);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
});

test("the site icons answer with their types, and a page loads without a console error", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toBe("image/x-icon");
  expect((await ico.body()).subarray(0, 4).toString("hex")).toBe("00000100"); // an ICO header

  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(REFERENCE.path);
  // Next links both icons from every page, with a content hash in the query string.
  const svgHref = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect(svgHref).toMatch(/^\/icon\.svg\?/);
  const svg = await request.get(svgHref!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
  expect(await svg.text()).toContain("<svg");
  const icoHref = await page.locator('link[rel="icon"][type="image/x-icon"]').getAttribute("href");
  expect(icoHref).toMatch(/^\/favicon\.ico\?/);
  expect((await request.get(icoHref!)).headers()["content-type"]).toBe("image/x-icon");
  // Chromium asks for /favicon.ico by itself; a 404 there would be logged as an error.
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("the article page has Open Graph tags", async ({ page, baseURL }) => {
  await page.goto(REFERENCE.path);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", REFERENCE.title);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}${REFERENCE.path}`);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
});
