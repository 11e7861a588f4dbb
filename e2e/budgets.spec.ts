// Page budgets (issue: fast on a slow phone): every public page ships at most 50 KB of compressed JavaScript
// (it ships none: lib/http/public-html.ts), the article transfers at most 60 KB without images, and it loads
// within 2.5 s on an emulated slow 3G phone (400 kbps, 400 ms round trip, 375 px wide, cache off). Sizes are
// what went over the wire (compressed), as Chromium counts them.
import { test, expect, type Page } from "./fixtures";
import { REFERENCE } from "./support";

const JS_BUDGET = 50 * 1024;
const ARTICLE_BUDGET = 60 * 1024;
const SLOW_3G_LOAD_MS = 2_500;

// Every public page kind.
const PUBLIC = ["/", "/news", REFERENCE.path, "/search?q=chuyen+doi+so", "/services", "/services?q=giay+phep", "/track", "/statistics", "/awards", "/conferences"];

type Transfer = { url: string; type: string; bytes: number };

async function transfers(page: Page, path: string): Promise<{ status: number; items: Transfer[] }> {
  const items: Transfer[] = [];
  const pending: Promise<void>[] = [];
  const onFinished = (req: import("@playwright/test").Request) => {
    pending.push(
      req
        .sizes()
        .then((s) => void items.push({ url: req.url(), type: req.resourceType(), bytes: s.responseBodySize + s.responseHeadersSize }))
        // A request still finishing as the page closes (the icon) cannot be measured any more: not part of the load.
        .catch(() => undefined),
    );
  };
  page.on("requestfinished", onFinished);
  const res = await page.goto(path, { waitUntil: "networkidle" });
  page.off("requestfinished", onFinished);
  await Promise.all(pending);
  return { status: res?.status() ?? 0, items };
}

test.describe("with a browser's Accept-Encoding", () => {
  test.use({ extraHTTPHeaders: { "accept-encoding": "gzip, br" } });

  for (const path of PUBLIC) {
    test(`${path} ships at most 50 KB of JavaScript`, async ({ page }) => {
      const { status, items } = await transfers(page, path);
      expect(status, path).toBe(200);
      const js = items.filter((t) => t.type === "script");
      const total = js.reduce((n, t) => n + t.bytes, 0);
      expect(total, `${path} JavaScript: ${js.map((t) => `${t.url} ${t.bytes} B`).join(", ")}`).toBeLessThanOrEqual(JS_BUDGET);
    });
  }

  test("the article transfers at most 60 KB without images", async ({ page }) => {
    const { items } = await transfers(page, REFERENCE.path);
    const counted = items.filter((t) => t.type !== "image");
    const total = counted.reduce((n, t) => n + t.bytes, 0);
    const kinds = new Map<string, number>();
    for (const t of counted) kinds.set(t.type, (kinds.get(t.type) ?? 0) + t.bytes);
    const byKind = [...kinds].map(([k, n]) => `${k} ${n} B`);
    console.log(`article page, transferred without images: ${total} B (${byKind.join(", ")})`);
    expect(total, byKind.join(", ")).toBeLessThanOrEqual(ARTICLE_BUDGET);
  });
});

test("the article loads within 2.5 s on a slow 3G phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, extraHTTPHeaders: { "accept-encoding": "gzip, br" } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 });
  const started = Date.now();
  await page.goto(REFERENCE.path, { waitUntil: "load", timeout: 30_000 });
  const ms = Date.now() - started;
  console.log(`article on slow 3G: loaded in ${ms} ms`);
  expect(ms).toBeLessThanOrEqual(SLOW_3G_LOAD_MS);
  await context.close();
});
