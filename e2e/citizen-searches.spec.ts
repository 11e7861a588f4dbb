// A citizen searches from the header search box, typing without diacritics or in capitals, and finds the
// best match first. The search form is a plain GET form, so it also works with JavaScript turned off.
import { test, expect, type Page } from "./fixtures";
import { REFERENCE, REGISTRATION_NOTICE_TITLE } from "./support";

async function searchFromHeader(page: Page, query: string): Promise<void> {
  const box = page.getByRole("banner").locator("form[role=search]").locator("input[name=q]");
  await box.fill(query);
  await box.press("Enter");
  await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === query);
}

const firstResult = (page: Page) => page.locator("main article h2 a").first();

test("searching without diacritics finds the reference article first @smoke", async ({ page }) => {
  await page.goto("/");
  await searchFromHeader(page, "trien khai nhiem vu");
  await expect(firstResult(page)).toHaveText(REFERENCE.title);
  await expect(firstResult(page)).toHaveAttribute("href", REFERENCE.path);
});

for (const query of ["dang ky", "ĐĂNG KÝ"]) {
  test(`searching "${query}" finds the registration notice first`, async ({ page }) => {
    await page.goto("/news");
    await searchFromHeader(page, query);
    await expect(firstResult(page)).toHaveText(REGISTRATION_NOTICE_TITLE);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header search form still works", async ({ page }) => {
    await page.goto(REFERENCE.path);
    await searchFromHeader(page, "dang ky");
    await expect(page.getByRole("heading", { level: 1, name: "Tìm kiếm" })).toBeVisible();
    await expect(firstResult(page)).toHaveText(REGISTRATION_NOTICE_TITLE);
  });
});
