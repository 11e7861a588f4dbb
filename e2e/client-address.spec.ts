// The client's address is the socket's (no proxy in front of the e2e server: TRUSTED_PROXIES=0), whatever
// X-Forwarded-For a client makes up: a forged header neither escapes a limit nor reaches the audit log.
// Votes also need a same-origin Origin header: without one, nothing is counted.
import { expect, request, test } from "@playwright/test";
import { ADMIN_STATE, ratingCount } from "./support";

const ARTICLE = "/news/ra-soat-ha-tang-tram-thu-phat-song-di-dong-tren-dia-ban-tinh";

/** One vote from a fresh visitor (no cookie), as a script would send it, with a made-up forwarding header. */
async function vote(baseURL: string, forwardedFor: string, origin: string | null = baseURL) {
  const ctx = await request.newContext({ baseURL });
  try {
    const res = await ctx.post(`${ARTICLE}/rate`, {
      form: { stars: "4" },
      headers: { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor, ...(origin ? { origin } : {}) },
      maxRedirects: 0,
    });
    return { status: res.status(), location: res.headers()["location"] ?? "" };
  } finally {
    await ctx.dispose();
  }
}

test("rotating a forged X-Forwarded-For does not raise the per-address vote limit; no Origin counts nothing", async ({ page, baseURL }) => {
  await page.goto(ARTICLE);
  const before = await ratingCount(page.getByTestId("rating-count"));

  expect((await vote(baseURL!, "198.51.100.200", null)).status).toBe(403);
  expect((await vote(baseURL!, "198.51.100.201", "https://evil.example")).status).toBe(403);

  const outcomes: string[] = [];
  for (let i = 0; i < 12; i++) outcomes.push((await vote(baseURL!, `198.51.100.${i}`)).location.split("#")[1] ?? "");
  expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("danh-gia-cam-on"));
  expect(outcomes.slice(10)).toEqual(["danh-gia-gioi-han", "danh-gia-gioi-han"]);

  // The page refreshes at most every few seconds during a burst: poll until the last counted vote shows.
  await expect
    .poll(async () => {
      await page.goto(ARTICLE);
      return ratingCount(page.getByTestId("rating-count"));
    }, { timeout: 15_000 })
    .toBe(before + 10);
});

test.describe("signed in", () => {
  test.use({ storageState: ADMIN_STATE, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77", "x-real-ip": "203.0.113.77" } });

  test("the audit log records the socket's address, not a forged header", async ({ page }) => {
    const name = `Chuyên mục kiểm tra địa chỉ ${Date.now().toString(36)}`;
    await page.goto("/admin/categories");
    await page.locator("#new-name").fill(name);
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await page.waitForURL(/da-tao=/);
    await page.goto("/admin/audit?action=category.create");
    const row = page.locator("tr", { hasText: "Tạo chuyên mục" }).first();
    await expect(row).toContainText(/127\.0\.0\.1|::1/);
    await expect(page.getByText("203.0.113.77")).toHaveCount(0);
  });
});
